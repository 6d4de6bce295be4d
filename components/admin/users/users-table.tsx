"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { MoneyText } from "@/components/wallet/money-text";
import { dateFormat, dateTimeFormat } from "@/lib/i18n/format-date";
import type { listUsers } from "@/lib/users/list-users";
import type { UserSort } from "@/lib/users/list-users-query";

export type AdminUserRow = Awaited<ReturnType<typeof listUsers>>["users"][number];
/** The list's sort (done on the server) and, per sortable column, the link that sorts by it. */
export type SortLinks = { by: UserSort; dir: "asc" | "desc"; hrefs: Record<UserSort, string> };
type T = ReturnType<typeof useTranslations>;

/** One page of accounts in the server's order (sorted and paged there; a header link re-sorts). */
export function UsersTable({ rows, locale, sort, empty }: { rows: AdminUserRow[]; locale: string; sort: SortLinks; empty: ReactNode }) {
  const t = useTranslations();
  const columns = useMemo(() => userColumns(t, locale, sort), [t, locale, sort]);
  return <DataTable id="admin-users-table" columns={columns} rows={rows} rowId={(user) => user.id} empty={empty} />;
}

/** A column header that sorts the list by `column`, showing the current direction. */
function SortHeader({ t, sort, column, label }: { t: T; sort: SortLinks; column: UserSort; label: string }) {
  const active = sort.by === column;
  return (
    <Link
      href={sort.hrefs[column]}
      className="whitespace-nowrap hover:underline"
      aria-label={t("adminUsers.sortHeader", { column: label })}
      data-sorted={active ? sort.dir : undefined}
    >
      {label}
      {active ? <span aria-hidden="true">{sort.dir === "desc" ? " ↓" : " ↑"}</span> : null}
    </Link>
  );
}

function userColumns(t: T, locale: string, sort: SortLinks): TableColumn<AdminUserRow>[] {
  const dates = dateTimeFormat(locale);
  const days = dateFormat(locale);
  const sorted = (column: UserSort, label: string) =>
    function SortedHeader() {
      return <SortHeader t={t} sort={sort} column={column} label={label} />;
    };
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
      meta: { label: t("adminUsers.role"), hideBelow: "xl" },
      header: t("adminUsers.role"),
      cell: ({ row }) => t(`roles.${row.original.role}`),
    },
    {
      id: "priceGroup",
      meta: { label: t("adminUsers.priceGroup"), hideBelow: "xl" },
      header: t("adminUsers.priceGroup"),
      cell: ({ row }) => row.original.priceGroup?.name ?? <span className="text-slate-400">—</span>,
    },
    {
      id: "deposited",
      meta: { label: t("adminUsers.deposited"), align: "right", className: "whitespace-nowrap" },
      header: sorted("deposited", t("adminUsers.deposited")),
      cell: ({ row }) => <MoneyText amount={row.original.depositedTotal} locale={locale} />,
    },
    {
      id: "spent",
      meta: { label: t("adminUsers.spent"), align: "right", className: "whitespace-nowrap" },
      header: sorted("spent", t("adminUsers.spent")),
      cell: ({ row }) => <MoneyText amount={row.original.spentTotal} locale={locale} />,
    },
    {
      id: "lastSignIn",
      meta: { label: t("adminUsers.lastSignIn"), hideBelow: "lg", className: "whitespace-nowrap text-slate-600" },
      header: sorted("lastSignIn", t("adminUsers.lastSignIn")),
      cell: ({ row }) => {
        const at = row.original.lastSignInAt;
        return at ? (
          <time dateTime={new Date(at).toISOString()} title={dates.format(new Date(at))}>
            {days.format(new Date(at))}
          </time>
        ) : (
          t("adminUsers.never")
        );
      },
    },
    {
      id: "joined",
      meta: { label: t("adminTables.users.joined"), hideBelow: "2xl", className: "whitespace-nowrap text-slate-600" },
      header: sorted("joined", t("adminTables.users.joined")),
      cell: ({ row }) => days.format(new Date(row.original.createdAt)),
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
