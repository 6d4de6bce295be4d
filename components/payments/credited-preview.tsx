"use client";

import { useTranslations } from "next-intl";

/** "You will be credited ৳X": what lands in the wallet (no fee is taken), shown before paying. */
export function CreditedPreview({ amount }: { amount: string | number | undefined }) {
  const t = useTranslations("payments.addFunds");
  const text = String(amount ?? "").trim();
  const valid = /^\d{1,12}(\.\d{1,2})?$/.test(text) && Number(text) > 0;
  const shown = valid ? `৳${Number(text).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}` : null;
  return (
    <p className="text-sm text-slate-700" data-testid="credited-preview">
      {shown ? t("credited", { amount: shown }) : t("creditedNone")}
    </p>
  );
}
