"use client";

import { useTranslations } from "next-intl";
import { PriceText } from "@/components/wallet/price-text";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import type { CatalogService } from "./catalog-types";
import type { Quote } from "./order-quote";

/** The live price next to the balance, and warnings before submit (the server checks both again). */
export function OrderSummary({
  quote,
  service,
  balance,
  prefs,
  locale,
}: {
  quote: Quote;
  service: CatalogService;
  balance: string;
  prefs: DisplayPrefs;
  locale: string;
}) {
  const t = useTranslations("orders.create");
  const warnings = [
    quote.outOfRange ? t(quote.runs > 1 ? "outOfRangeRuns" : "outOfRange", { min: service.min, max: service.max }) : null,
    quote.overBalance ? t("overBalance") : null,
  ].filter((text): text is string => text !== null);
  return (
    <div className="space-y-2">
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
      {warnings.length > 0 ? (
        <div
          role="status"
          data-testid="order-warnings"
          className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          <ul className="space-y-1">
            {warnings.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
