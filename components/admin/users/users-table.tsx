"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { MoneyText } from "@/components/wallet/money-text";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { listUsers } from "@/lib/users/list-users";

export type AdminUserRow = Awaited<ReturnType<typeof listUsers>>["users"][number];

/** One page of accounts, newest first (paged on the server by a cursor, so the order is the server's). */
export function UsersTable({ rows, locale, empty }: { rows: AdminUserRow[]; locale: string; empty: ReactNode }) {
  const t = useTranslations();
  const columns = useMemo(() => userColumns(t, locale), [t, locale]);
  return <DataTable id="admin-users-table" columns={columns} rows={rows} rowId={(user) => user.id} empty={empty} />;
}

function userColumns(t: ReturnType<typeof useTranslations>, locale: string): TableColumn<AdminUserRow>[] {
  const dates = dateTimeFormat(locale);
  return [
    {
      id: "user",
      meta: { label: t("adminUsers.user"), key: true, className: "wrap-anywhere" },
      header: t("adminUsers.user"),
      cell: ({ row }) => (
        <span>
          <Link href={`/admin/users/${row.original.id}`} className="font-medium text-brand-700 hover:underline">
            {row.original.email}
          </Link>
          {row.original.fullName ? <span className="block text-xs font-normal text-slate-500">{row.original.fullName}</span> : null}
        </span>
      ),
    },
    {
      id: "role",
      meta: { label: t("adminUsers.role") },
      header: t("adminUsers.role"),
      cell: ({ row }) => t(`roles.${row.original.role}`),
    },
    {
      id: "joined",
      meta: { label: t("adminTables.users.joined"), hideBelow: "lg", className: "whitespace-nowrap text-slate-600" },
      header: t("adminTables.users.joined"),
      cell: ({ row }) => dates.format(new Date(row.original.createdAt)),
    },
    {
      id: "balance",
      meta: { label: t("adminUsers.balance"), align: "right", className: "whitespace-nowrap" },
      header: t("adminUsers.balance"),
      cell: ({ row }) => <MoneyText amount={row.original.balance} locale={locale} />,
    },
    {
      id: "status",
      meta: { label: t("adminUsers.status"), key: true },
      header: t("adminUsers.status"),
      cell: ({ row }) => <Badge tone={row.original.status === "ACTIVE" ? "green" : "red"}>{t(`statuses.${row.original.status}`)}</Badge>,
    },
  ];
}
