"use client";

import Link from "next/link";
import { useMemo, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { numberFormat } from "@/lib/i18n/format-number";
import type { ProviderBalance } from "@/lib/reports/provider-balances";

type State = ProviderBalance["state"];
const TONE = { out: "red", low: "amber", ok: "green", unknown: "slate" } as const;
/** The driest first when sorting by state, as the list comes. */
const STATE_ORDER: Record<State, number> = { out: 0, low: 1, unknown: 2, ok: 3 };

type Texts = { provider: string; balance: string; threshold: string; status: string; unknown: string; states: Record<State, string> };

/** Active providers' balances, the driest first, each a link to its page (history and health); any column sorts. */
export function ProviderBalanceTable({
  providers,
  locale,
  text,
  empty,
}: {
  providers: ProviderBalance[];
  locale: string;
  text: Texts;
  empty: ReactNode;
}) {
  const columns = useMemo(() => balanceColumns(text, locale), [text, locale]);
  return <DataTable id="provider-balances" columns={columns} rows={providers} rowId={(provider) => provider.id} sortable empty={empty} />;
}

function balanceColumns(text: Texts, locale: string): TableColumn<ProviderBalance>[] {
  const amounts = numberFormat(locale, 2);
  // Providers write their own currency codes; the two the panel knows are shown as symbols.
  const symbol = (currency: string | null) => ({ USD: "$", BDT: "৳" })[(currency ?? "").toUpperCase()] ?? currency ?? "";
  const amount = (value: string | null, currency: string | null) =>
    value === null ? "—" : `${symbol(currency)}${amounts.format(value as unknown as number)}`;
  return [
    {
      id: "provider",
      accessorFn: (provider) => provider.name,
      enableHiding: false,
      meta: { label: text.provider, key: true, className: "[overflow-wrap:anywhere]" },
      header: text.provider,
      cell: ({ row }) => (
        <Link href={`/admin/providers/${row.original.id}`} className="text-brand-700 hover:underline" data-user-text>
          {row.original.name}
        </Link>
      ),
    },
    {
      id: "balance",
      // Sorting only compares; the figure shown is the decimal string as kept.
      accessorFn: (provider) => (provider.balance === null ? -Infinity : Number(provider.balance)),
      enableHiding: false,
      meta: { label: text.balance, align: "right", className: "whitespace-nowrap tabular-nums" },
      header: text.balance,
      cell: ({ row }) => (row.original.balance === null ? text.unknown : amount(row.original.balance, row.original.currency)),
    },
    {
      id: "threshold",
      accessorFn: (provider) => (provider.threshold === null ? -Infinity : Number(provider.threshold)),
      enableHiding: false,
      meta: { label: text.threshold, align: "right", className: "whitespace-nowrap tabular-nums" },
      header: text.threshold,
      cell: ({ row }) => amount(row.original.threshold, row.original.currency),
    },
    {
      id: "state",
      accessorFn: (provider) => STATE_ORDER[provider.state],
      enableHiding: false,
      meta: { label: text.status, key: true, align: "right" },
      header: text.status,
      cell: ({ row }) => <Badge tone={TONE[row.original.state]}>{text.states[row.original.state]}</Badge>,
    },
  ];
}
