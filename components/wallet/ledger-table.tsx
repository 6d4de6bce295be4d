import { getTranslations } from "next-intl/server";
import type { LedgerPage } from "@/lib/wallet/list-ledger";
import { MoneyText } from "./money-text";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { storedText } from "@/lib/i18n/stored-message";

type Entry = LedgerPage["entries"][number];

/** A memo without a key is an admin's own words (an adjustment's reason), or English stored before keys. */
function memoMark(entry: Entry) {
  if (entry.memoMessage) return {};
  return entry.referenceType === "adjustment" ? { "data-user-text": "" } : { "data-stored-text": "ledger-memo" };
}

export async function LedgerTable({ entries, locale }: { entries: LedgerPage["entries"]; locale: string }) {
  const t = await getTranslations("ledger");
  const tAll = await getTranslations();
  if (entries.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  const dates = dateTimeFormat(locale);
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="ledger-table">
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
          <tr>
            <th className="py-2 pr-4 font-medium">{t("date")}</th>
            <th className="py-2 pr-4 font-medium">{t("kind")}</th>
            <th className="py-2 pr-4 font-medium">{t("memo")}</th>
            <th className="py-2 pr-4 text-right font-medium">{t("amount")}</th>
            <th className="py-2 text-right font-medium">{t("balanceAfter")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="py-2 pr-4 whitespace-nowrap text-slate-600">{dates.format(entry.createdAt)}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{t(`kinds.${entry.kind}`)}</td>
              <td className="py-2 pr-4 text-slate-700" {...memoMark(entry)}>
                {entry.memo ? storedText(entry.memoMessage, entry.memo, tAll) : "—"}
              </td>
              <td className="py-2 pr-4 text-right whitespace-nowrap">
                <MoneyText amount={entry.amount} locale={locale} signed />
              </td>
              <td className="py-2 text-right whitespace-nowrap">
                <MoneyText amount={entry.balanceAfter} locale={locale} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
