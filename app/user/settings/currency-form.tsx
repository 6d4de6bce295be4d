"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Notice } from "@/components/ui/notice";
import { setCurrencyAction } from "@/lib/actions/user/settings";

export function CurrencyForm({ currency }: { currency: "BDT" | "USD" }) {
  const t = useTranslations("displayCurrency");
  const tAll = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <label className="flex items-center gap-3 text-sm">
        <span className="text-slate-700">{t("label")}</span>
        <select
          defaultValue={currency}
          disabled={pending}
          onChange={(event) =>
            startTransition(async () => {
              const result = await setCurrencyAction({ currency: event.target.value as "BDT" | "USD" });
              setError(result.success ? null : failureMessage(result, tAll));
              if (result.success) toast.success(t("saved"));
              router.refresh();
            })
          }
          className="rounded-md border border-slate-300 bg-white px-2 py-1"
        >
          <option value="BDT">{t("BDT")}</option>
          <option value="USD">{t("USD")}</option>
        </select>
      </label>
    </div>
  );
}
