"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { money } from "@/lib/money/money";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { PriceText } from "./price-text";

export type LedgerRow = {
  id: string;
  createdAt: string;
  kind: string;
  /** In the reader's language when it was stored as a message. */
  memo: string | null;
  /** How a memo without a message key is marked: an admin's own words, or English stored before keys. */
  memoMark: "user" | "stored" | null;
  amount: string;
  balanceAfter: string;
};

const MEMO_MARKS = { user: { "data-user-text": "" }, stored: { "data-stored-text": "ledger-memo" } } as const;

/** Wallet entries, newest first (paged on the server, so not sortable here). */
export function LedgerRows({ rows, locale, prefs, empty }: { rows: LedgerRow[]; locale: string; prefs: DisplayPrefs; empty: ReactNode }) {
  const t = useTranslations("ledger");
  const columns = useMemo(() => ledgerColumns(t, locale, prefs), [t, locale, prefs]);
  return <DataTable id="ledger-table" columns={columns} rows={rows} rowId={(row) => row.id} empty={empty} />;
}

function ledgerColumns(t: ReturnType<typeof useTranslations<"ledger">>, locale: string, prefs: DisplayPrefs): TableColumn<LedgerRow>[] {
  const dates = dateTimeFormat(locale);
  return [
    {
      id: "date",
      meta: { label: t("date"), className: "whitespace-nowrap text-slate-600" },
      header: t("date"),
      cell: ({ row }) => dates.format(new Date(row.original.createdAt)),
    },
    {
      id: "kind",
      meta: { label: t("kind"), key: true, className: "md:whitespace-nowrap" },
      header: t("kind"),
      cell: ({ row }) => t(`kinds.${row.original.kind}`),
    },
    {
      id: "memo",
      meta: { label: t("memo"), className: "text-slate-700 md:min-w-48 break-words" },
      header: t("memo"),
      cell: ({ row }) =>
        row.original.memo ? <span {...(row.original.memoMark ? MEMO_MARKS[row.original.memoMark] : {})}>{row.original.memo}</span> : "—",
    },
    {
      id: "amount",
      meta: { label: t("amount"), key: true, align: "right", className: "whitespace-nowrap" },
      header: t("amount"),
      cell: ({ row }) => <SignedAmount amount={row.original.amount} prefs={prefs} locale={locale} />,
    },
    {
      id: "balanceAfter",
      meta: { label: t("balanceAfter"), align: "right", className: "whitespace-nowrap" },
      header: t("balanceAfter"),
      cell: ({ row }) => <PriceText amountBdt={row.original.balanceAfter} prefs={prefs} locale={locale} />,
    },
  ];
}

/** A credit in green with its plus sign, a debit in red (as MoneyText's `signed`), in the reader's currency. */
function SignedAmount({ amount, prefs, locale }: { amount: string; prefs: DisplayPrefs; locale: string }) {
  const positive = money(amount).gt(0);
  return (
    <span className={clsx(positive ? "text-emerald-700" : "text-red-700")}>
      {positive ? "+" : ""}
      <PriceText amountBdt={amount} prefs={prefs} locale={locale} />
    </span>
  );
}
