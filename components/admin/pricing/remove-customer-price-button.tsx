"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { failureMessage } from "@/components/forms/use-zod-form";
import { removeCustomerPriceAction } from "@/lib/actions/admin/pricing";

/** Removes one of a customer's own prices (the next one down then applies: category, everything, group, list). */
export function RemoveCustomerPriceButton({ userId, priceId, label }: { userId: string; priceId: string; label: string }) {
  const t = useTranslations("pricing.customer");
  const tAll = useTranslations();
  const router = useRouter();
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    setBusy(true);
    const result = await removeCustomerPriceAction({ userId, priceId });
    setBusy(false);
    if (!result.success) return void toast.error(failureMessage(result, tAll));
    toast.success(t("priceRemoved"));
    router.refresh();
  };

  return (
    <button
      type="button"
      onClick={remove}
      disabled={busy}
      aria-label={t("removeLabel", { price: label })}
      className="text-sm text-red-700 hover:underline disabled:opacity-50"
    >
      {t("remove")}
    </button>
  );
}
