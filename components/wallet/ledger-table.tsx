import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { storedText } from "@/lib/i18n/stored-message";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import type { LedgerPage } from "@/lib/wallet/list-ledger";
import { LedgerRows, type LedgerRow } from "./ledger-rows";

type Entry = LedgerPage["entries"][number];

/** A memo without a key is an admin's own words (an adjustment's reason), or English stored before keys. */
function memoMark(entry: Entry): LedgerRow["memoMark"] {
  if (entry.memoMessage) return null;
  return entry.referenceType === "adjustment" ? "user" : "stored";
}

/**
 * A page of wallet entries with their running balance. The customer sees amounts in their display
 * currency (`prefs`); without it (admin pages) they are shown in BDT, exactly as kept.
 */
export async function LedgerTable({
  entries,
  locale,
  prefs,
  empty,
}: {
  entries: LedgerPage["entries"];
  locale: string;
  prefs?: DisplayPrefs;
  empty?: ReactNode;
}) {
  const [t, tAll] = await Promise.all([getTranslations("ledger"), getTranslations()]);
  const rows: LedgerRow[] = entries.map((entry) => ({
    id: entry.id,
    createdAt: entry.createdAt.toISOString(),
    kind: entry.kind,
    memo: entry.memo ? storedText(entry.memoMessage, entry.memo, tAll, locale) : null,
    memoMark: memoMark(entry),
    amount: entry.amount,
    balanceAfter: entry.balanceAfter,
  }));
  return (
    <LedgerRows
      rows={rows}
      locale={locale}
      prefs={prefs ?? { currency: "BDT", bdtPerUsd: "1" }}
      empty={empty ?? <EmptyState text={t("empty")} />}
    />
  );
}
