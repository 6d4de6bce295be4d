import { getLocale, getTranslations } from "next-intl/server";
import { numberFormat } from "@/lib/i18n/format-number";
import type { TrustCounts } from "@/lib/storefront/trust-counts";

const PROMISES = ["refunds", "live", "support", "api"] as const;

/** Why trust the panel: what it promises, and the live counts the owner chose to show. */
export async function TrustSection({ counts }: { counts: TrustCounts }) {
  const [t, locale] = await Promise.all([getTranslations("storefront.trust"), getLocale()]);
  const digits = numberFormat(locale, 0);
  const figures = [
    counts.deliveredOrders !== null ? { label: t("deliveredOrders"), value: counts.deliveredOrders } : null,
    counts.customers !== null ? { label: t("customers"), value: counts.customers } : null,
  ].filter((figure) => figure !== null);
  return (
    <section aria-labelledby="trust-title" className="mx-auto max-w-6xl px-4 py-12">
      <h2 id="trust-title" className="text-2xl font-bold text-slate-900">
        {t("title")}
      </h2>
      {figures.length ? (
        <dl className="mt-6 grid grid-cols-2 gap-4 sm:max-w-md">
          {figures.map((figure) => (
            <div key={figure.label} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-600">{figure.label}</dt>
              <dd className="text-2xl font-bold text-slate-900 tabular-nums" data-testid="trust-count">
                {digits.format(figure.value)}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <ul className="mt-6 grid gap-3 sm:grid-cols-2">
        {PROMISES.map((promise) => (
          <li key={promise} className="flex gap-3 text-slate-700">
            <span aria-hidden="true" className="font-bold text-emerald-600">
              ✓
            </span>
            {t(promise)}
          </li>
        ))}
      </ul>
    </section>
  );
}
