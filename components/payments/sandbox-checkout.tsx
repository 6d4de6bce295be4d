"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { sandboxCheckoutAction } from "@/lib/actions/user/add-funds";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Pay / Fail / Cancel: the sandbox gateway then delivers its signed webhook, and we show the payment. */
export function SandboxCheckout({ tranId }: { tranId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const choose = (outcome: "PAID" | "FAILED" | "CANCELED") =>
    startTransition(async () => {
      setError(null);
      const result = await sandboxCheckoutAction({ tranId, outcome });
      if (!result.success) return setError(failureMessage(result, t));
      router.push(`/user/payments/${tranId}`);
    });
  return (
    <div className="space-y-3" data-testid="sandbox-checkout">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="flex gap-3">
        <Button disabled={pending} onClick={() => choose("PAID")}>
          {t("payments.sandbox.pay")}
        </Button>
        <Button variant="danger" disabled={pending} onClick={() => choose("FAILED")}>
          {t("payments.sandbox.fail")}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => choose("CANCELED")}>
          {t("payments.sandbox.cancel")}
        </Button>
      </div>
    </div>
  );
}
