import clsx from "clsx";
import { formatMoney, type DisplayCurrency } from "@/lib/money/format";
import { money } from "@/lib/money/money";

export function MoneyText({
  amount,
  currency = "BDT",
  locale = "en",
  signed = false,
  className,
}: {
  amount: string;
  currency?: DisplayCurrency;
  locale?: string;
  signed?: boolean;
  className?: string;
}) {
  const text = formatMoney(amount, currency, locale);
  const positive = money(amount).gt(0);
  return (
    <span className={clsx("tabular-nums", signed && (positive ? "text-emerald-700" : "text-red-700"), className)}>
      {signed && positive ? `+${text}` : text}
    </span>
  );
}
