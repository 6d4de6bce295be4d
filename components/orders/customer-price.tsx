import { useTranslations } from "next-intl";
import { PriceText } from "@/components/wallet/price-text";
import type { DisplayPrefs } from "@/lib/users/display-prefs";

/**
 * A customer's price per 1,000: their own price, and beside it the list price struck through when
 * theirs differs (a price group or a price of their own, lib/pricing).
 */
export function CustomerPrice({
  rate,
  listRate,
  prefs,
  locale,
}: {
  rate: string;
  listRate: string | null;
  prefs: DisplayPrefs;
  locale: string;
}) {
  const t = useTranslations("ordering.services");
  return (
    <>
      <PriceText amountBdt={rate} prefs={prefs} locale={locale} />
      {listRate ? (
        <span className="ml-1.5 text-xs font-normal text-slate-500" data-testid="list-price">
          <span className="sr-only">{t("listPrice")} </span>
          <s>
            <PriceText amountBdt={listRate} prefs={prefs} locale={locale} />
          </s>
        </span>
      ) : null}
    </>
  );
}
