import { MoneyText } from "@/components/wallet/money-text";
import { numberFormat } from "@/lib/i18n/format-number";

/** An amount in a provider's own currency: the two the panel knows as money, any other as a number and its code. */
export function ProviderAmount({ amount, currency, locale }: { amount: string; currency: string | null; locale: string }) {
  const code = (currency ?? "").toUpperCase();
  if (code === "USD" || code === "BDT") return <MoneyText amount={amount} currency={code} locale={locale} />;
  return (
    <span className="tabular-nums">
      {numberFormat(locale).format(amount as unknown as number)} {currency ?? ""}
    </span>
  );
}
