"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { numberFormat } from "@/lib/i18n/format-number";
import { money } from "@/lib/money/money";
import { balanceLevel } from "@/lib/providers/balance-level";
import type { listProviders } from "@/lib/providers/list-providers";
import { ProviderAmount } from "./provider-amount";

export type AdminProviderRow = Awaited<ReturnType<typeof listProviders>>[number];

/** Every provider (all on the page, so any column sorts), each a link to its page. */
export function ProvidersTable({ rows, locale, empty }: { rows: AdminProviderRow[]; locale: string; empty: ReactNode }) {
  const t = useTranslations("providers");
  const tl = useTranslations("ownerConsole.dashboard.state");
  const columns = useMemo(() => providerColumns(t, tl, locale), [t, tl, locale]);
  return <DataTable id="providers-table" columns={columns} rows={rows} rowId={(provider) => provider.id} sortable empty={empty} />;
}

function providerColumns(
  t: ReturnType<typeof useTranslations<"providers">>,
  tl: ReturnType<typeof useTranslations<"ownerConsole.dashboard.state">>,
  locale: string,
): TableColumn<AdminProviderRow>[] {
  const numbers = numberFormat(locale, 0);
  return [
    {
      id: "name",
      accessorFn: (provider) => provider.name,
      meta: { label: t("name"), key: true, className: "wrap-anywhere" },
      header: t("name"),
      cell: ({ row }) => (
        <span>
          <Link href={`/admin/providers/${row.original.id}`} className="font-medium text-brand-700 hover:underline" data-user-text>
            {row.original.name}
          </Link>
          {row.original.isDemo ? (
            <span className="ml-2">
              <Badge tone="blue">{t("demo")}</Badge>
            </span>
          ) : null}
        </span>
      ),
    },
    {
      id: "apiUrl",
      accessorFn: (provider) => provider.apiUrl,
      meta: { label: t("apiUrl"), hideBelow: "xl", hideOnPhone: true },
      header: t("apiUrl"),
      cell: ({ row }) => (
        <span className="inline-block max-w-xs truncate align-bottom font-mono text-xs text-slate-600" title={row.original.apiUrl}>
          {row.original.apiUrl}
        </span>
      ),
    },
    {
      id: "services",
      accessorFn: (provider) => provider._count.services,
      meta: { label: t("services"), align: "right" },
      header: t("services"),
      cell: ({ row }) => <span className="tabular-nums">{numbers.format(row.original._count.services)}</span>,
    },
    {
      id: "balance",
      // Sorting only compares; the figure shown is the decimal string as kept.
      accessorFn: (provider) => (provider.balance === null ? -Infinity : Number(provider.balance)),
      meta: { label: t("balance"), align: "right", className: "whitespace-nowrap" },
      header: t("balance"),
      cell: ({ row }) => {
        const { balance, currency, lowBalanceThreshold, status } = row.original;
        if (balance === null) return <span className="text-slate-400">—</span>;
        const level =
          status === "ACTIVE" ? balanceLevel(money(balance), lowBalanceThreshold === null ? null : money(lowBalanceThreshold)) : null;
        return (
          <span className="inline-flex items-center gap-2">
            {level ? <Badge tone={level === "OUT" ? "red" : "amber"}>{tl(level === "OUT" ? "out" : "low")}</Badge> : null}
            <ProviderAmount amount={balance} currency={currency} locale={locale} />
          </span>
        );
      },
    },
    {
      id: "status",
      accessorFn: (provider) => provider.status,
      meta: { label: t("status"), key: true },
      header: t("status"),
      cell: ({ row }) => <Badge tone={row.original.status === "ACTIVE" ? "green" : "slate"}>{t(`statuses.${row.original.status}`)}</Badge>,
    },
  ];
}
