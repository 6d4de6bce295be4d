"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { Envelope } from "@/lib/http/envelope";
import { initiatePaymentSchema } from "@/lib/payments/schemas";
import type { BonusRuleView } from "@/lib/payments/bonus/bonus-rules";
import { CreditedPreview } from "./credited-preview";

type Started = { tranId: string; redirectUrl: string };

/** Starts an online payment (POST /api/payments/initiate with an Idempotency-Key) and goes to the gateway. */
export function OnlinePaymentForm({ method, bonusRules = [] }: { method: "SSLCOMMERZ" | "SANDBOX"; bonusRules?: BonusRuleView[] }) {
  const t = useTranslations();
  // One key per form: a double click or a retry after a lost answer starts one payment.
  const [key, setKey] = useState(() => `web-${crypto.randomUUID()}`);
  const form = useZodForm(initiatePaymentSchema, { defaultValues: { method, amount: "" } });
  const failure = useFormFailure(form, ["amount"]);
  const amount = useWatch({ control: form.control, name: "amount" });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    failure.clear();
    const response = await fetch("/api/payments/initiate", {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": key },
      body: JSON.stringify(values),
    });
    const result = (await response
      .json()
      .catch(() => ({ success: false, error: { code: "internal", message: t("payments.addFunds.gatewayError") } }))) as Envelope<Started>;
    if (!result.success) {
      setKey(`web-${crypto.randomUUID()}`);
      return failure.report(result);
    }
    window.location.assign(result.data.redirectUrl);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="online-payment-form">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      <Field
        label={t("payments.addFunds.amount")}
        inputMode="decimal"
        autoComplete="off"
        error={errors.amount?.message}
        {...form.register("amount")}
      />
      <CreditedPreview amount={amount} method={method} rules={bonusRules} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("common.working") : t("payments.addFunds.payOnline")}
      </Button>
    </form>
  );
}
