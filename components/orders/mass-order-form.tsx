"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { createMassOrdersAction } from "@/lib/actions/user/orders";
import { massOrderSchema } from "@/lib/orders/order-form-schemas";
import { failureMessage, useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { TextAreaField } from "./form-controls";
import { MassOrderReport, type MassReport } from "./mass-order-report";
import { problemFields } from "@/components/forms/failure-text";

/** Many orders as text; every line is reported. Lines that went through leave the box, so a resend only retries the rest. */
export function MassOrderForm({ maxLines, prefs, locale }: { maxLines: number; prefs: DisplayPrefs; locale: string }) {
  const t = useTranslations();
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<MassReport | null>(null);
  // One id per text sent: a double submit of it is placed once (lib/orders/submit-mass-orders.ts).
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  const form = useZodForm(massOrderSchema, { defaultValues: { text: "" } });
  const { errors, isSubmitting } = form.formState;
  const text = useWatch({ control: form.control, name: "text" }) ?? "";
  const count = text.split(/\r?\n/).filter((line) => line.trim() !== "").length;
  const tooMany = count > maxLines;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    setReport(null);
    const result = await createMassOrdersAction({ ...values, submissionId });
    if (!result.success) {
      const field = problemFields(result.error, t).text;
      if (field) form.setError("text", { message: field });
      return setError(failureMessage(result, t));
    }
    setReport(result.data);
    setSubmissionId(crypto.randomUUID()); // the lines left in the box are a new submission
    form.reset({
      text: result.data.results
        .filter((line) => !line.ok)
        .map((line) => line.text)
        .join("\n"),
    });
  });

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {error ? <Notice tone="error">{error}</Notice> : null}
        <TextAreaField
          label={t("orders.mass.text")}
          rows={10}
          spellCheck={false}
          placeholder="12 | https://instagram.com/yourpage | 1000"
          hint={t("orders.mass.hint", { max: maxLines })}
          error={errors.text?.message}
          className="font-mono"
          {...form.register("text")}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={isSubmitting || tooMany}>
            {isSubmitting ? t("orders.mass.placing") : t("orders.mass.submit")}
          </Button>
          <span className={tooMany ? "text-sm text-red-700" : "text-sm text-slate-500"} aria-live="polite">
            {tooMany ? t("orders.mass.tooMany", { max: maxLines }) : t("orders.mass.lineCount", { count })}
          </span>
        </div>
      </form>
      {report ? <MassOrderReport report={report} prefs={prefs} locale={locale} /> : null}
    </div>
  );
}
