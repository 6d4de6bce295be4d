import { getTranslations } from "next-intl/server";
import { displayAmount } from "@/components/orders/display-amount";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { numberFormat } from "@/lib/i18n/format-number";
import type { CustomerStep } from "@/lib/orders/customer-history";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { historySentence } from "./history-sentence";

/** The order's history, oldest first, as sentences with their dates (customer-safe steps only). */
export async function OrderHistory({ steps, prefs, locale }: { steps: CustomerStep[]; prefs: DisplayPrefs; locale: string }) {
  const [t, tOrder] = await Promise.all([getTranslations("customerPages.history"), getTranslations("customerPages.order")]);
  if (steps.length === 0) return <p className="text-sm text-slate-500">{tOrder("noHistory")}</p>;
  const dates = dateTimeFormat(locale);
  const numbers = numberFormat(locale, 0);
  const format = {
    count: (value: number) => numbers.format(value),
    amount: (amountBdt: string) => displayAmount(amountBdt, prefs, locale),
  };
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5" data-testid="order-history">
      {steps.map((step, index) => (
        <li key={`${step.at.getTime()}-${index}`} className="relative">
          <span
            aria-hidden
            className={`absolute top-1.5 -left-[25px] h-2.5 w-2.5 rounded-full ring-4 ring-white ${
              index === steps.length - 1 ? "bg-brand-600" : "bg-slate-300"
            }`}
          />
          <p className="text-sm text-slate-900" data-testid="order-history-step">
            {historySentence(step, t, format)}
          </p>
          <p className="text-xs text-slate-500">
            <time dateTime={step.at.toISOString()}>{dates.format(step.at)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
