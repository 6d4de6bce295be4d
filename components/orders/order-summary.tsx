"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { PriceText } from "@/components/wallet/price-text";
import { numberFormat } from "@/lib/i18n/format-number";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import type { Quote } from "./order-quote";

/**
 * The live price next to the balance, with how the total is made (runs × per run, posts × max), and a warning when it is above the balance (the server checks it
 * again). An amount outside the service's range is marked on the amount's own field (order-check.ts).
 */
export function OrderSummary({ quote, balance, prefs, locale }: { quote: Quote; balance: string; prefs: DisplayPrefs; locale: string }) {
  const t = useTranslations("orders.create");
  const own = useTranslations("ordering.form");
  const digits = numberFormat(locale);
  const { breakdown, total } = quote;
  return (
    <div className="space-y-2">
      {breakdown && total !== null ? (
        <p className="text-sm text-slate-700" data-testid="order-breakdown" aria-live="polite">
          {breakdown.kind === "runs"
            ? own("runsSummary", {
                runs: digits.format(breakdown.runs),
                perRun: digits.format(breakdown.perRun),
                total: digits.format(total),
              })
            : own("postsSummary", {
                posts: digits.format(breakdown.posts),
                max: digits.format(breakdown.max),
                total: digits.format(total),
              })}
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-3 rounded-md bg-slate-50 p-3 text-sm">
        <div>
          <dt className="text-slate-500">{t("price")}</dt>
          <dd className="text-lg font-semibold" data-testid="order-price" aria-live="polite">
            {quote.charge ? <PriceText amountBdt={quote.charge.toFixed(4)} prefs={prefs} locale={locale} /> : "—"}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("balance")}</dt>
          <dd className="text-lg font-semibold" data-testid="order-balance">
            <PriceText amountBdt={balance} prefs={prefs} locale={locale} />
          </dd>
        </div>
      </dl>
      {quote.overBalance ? (
        <p
          role="status"
          data-testid="order-warnings"
          className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t("overBalance")}{" "}
          <Link href="/user/add-funds" className="font-medium underline">
            {own("addFunds")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
