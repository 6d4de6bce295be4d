import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { displayAmount } from "@/components/orders/display-amount";
import { Card } from "@/components/ui/card";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { storedText } from "@/lib/i18n/stored-message";
import { money } from "@/lib/money/money";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { listLedger } from "@/lib/wallet/list-ledger";

/** The last five changes to the wallet, compact, in the reader's currency; an order's line opens its page. */
export async function RecentActivity({ userId, prefs, locale }: { userId: string; prefs: DisplayPrefs; locale: string }) {
  const [t, tLedger, tAll, ledger] = await Promise.all([
    getTranslations("customerPages.dashboard"),
    getTranslations("ledger"),
    getTranslations(),
    listLedger(userId, { take: 5 }),
  ]);
  const dates = dateTimeFormat(locale);
  return (
    <Card
      className="min-w-0 lg:flex-[2]"
      title={t("activity")}
      actions={
        <Link href="/user/transactions" className="text-sm whitespace-nowrap text-brand-700 hover:underline">
          {t("seeAllTransactions")}
        </Link>
      }
    >
      {ledger.entries.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noActivity")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="recent-activity">
          {ledger.entries.map((entry) => {
            const positive = money(entry.amount).gt(0);
            const memo = entry.memo ? storedText(entry.memoMessage, entry.memo, tAll, locale) : null;
            // As on the transactions page: an admin's own words, or English stored before memos had keys.
            const memoMark = entry.memoMessage
              ? {}
              : entry.referenceType === "adjustment"
                ? { "data-user-text": "" }
                : { "data-stored-text": "ledger-memo" };
            return (
              <li key={entry.id} className="flex items-start justify-between gap-3 py-2.5 first:pt-0 last:pb-0">
                <div className="min-w-0">
                  <p className="text-sm font-medium text-slate-900">{tLedger(`kinds.${entry.kind}`)}</p>
                  {memo ? (
                    entry.referenceType === "order" ? (
                      <Link
                        href={`/user/orders/${entry.referenceId}`}
                        className="block truncate text-xs text-brand-700 hover:underline"
                        {...memoMark}
                      >
                        {memo}
                      </Link>
                    ) : (
                      <p className="truncate text-xs text-slate-600" {...memoMark}>
                        {memo}
                      </p>
                    )
                  ) : null}
                  <p className="text-xs text-slate-500">{dates.format(entry.createdAt)}</p>
                </div>
                <span className={`shrink-0 text-sm font-medium tabular-nums ${positive ? "text-emerald-700" : "text-slate-900"}`}>
                  {positive ? "+" : ""}
                  {displayAmount(entry.amount, prefs, locale)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
