"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import { createMassOrdersAction } from "@/lib/actions/user/orders";
import { previewMassOrder, type MassPreview, type PreviewService } from "@/lib/orders/mass-preview";
import { massOrderSchema } from "@/lib/orders/order-form-schemas";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { numberFormat } from "@/lib/i18n/format-number";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { TextAreaField } from "@/components/ui/form-controls";
import { MassOrderPreview } from "./mass-order-preview";
import { MassOrderReport, type MassReport } from "./mass-order-report";

type Props = { maxLines: number; services: PreviewService[]; balance: string; prefs: DisplayPrefs; locale: string };

/**
 * Many orders as text. First a preview (every line checked and priced as the server will, against the
 * balance), then the customer confirms; every line is reported, and the lines that went through leave
 * the box, so a resend only retries the rest.
 */
export function MassOrderForm({ maxLines, services, balance, prefs, locale }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const digits = numberFormat(locale);
  const catalogue = useMemo(() => new Map(services.map((service) => [service.id, service])), [services]);
  const [preview, setPreview] = useState<{ text: string; result: MassPreview } | null>(null);
  const [report, setReport] = useState<MassReport | null>(null);
  const [busy, setBusy] = useState(false);
  // One id per text sent: a double submit of it is placed once (lib/orders/submit-mass-orders.ts).
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  const form = useZodForm(massOrderSchema, { defaultValues: { text: "" } });
  // A refused text is marked on the box; the banner goes once the box is fixed.
  const failure = useFormFailure(form);
  const { errors } = form.formState;
  const text = useWatch({ control: form.control, name: "text" }) ?? "";
  const count = text.split(/\r?\n/).filter((line) => line.trim() !== "").length;
  const tooMany = count > maxLines;
  // A preview belongs to the text it checked: editing the lines asks for a new check.
  const shown = preview && preview.text === text ? preview.result : null;

  const check = form.handleSubmit((values) => {
    failure.clear();
    setReport(null);
    // Kept with the text as typed (the schema trims it), so the preview stays until the box changes.
    setPreview({ text, result: previewMassOrder(values.text, catalogue, balance) });
  });

  const place = async () => {
    if (!shown) return;
    setBusy(true);
    failure.clear();
    const result = await createMassOrdersAction({ text, submissionId });
    setBusy(false);
    setPreview(null);
    if (!result.success) return failure.report(result);
    setReport(result.data);
    router.refresh(); // the balance the next preview compares with
    setSubmissionId(crypto.randomUUID()); // the lines left in the box are a new submission
    form.reset({
      text: result.data.results
        .filter((line) => !line.ok)
        .map((line) => line.text)
        .join("\n"),
    });
  };

  return (
    <div className="space-y-6">
      <form onSubmit={check} noValidate className="space-y-4">
        {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
        <TextAreaField
          label={t("orders.mass.text")}
          rows={10}
          spellCheck={false}
          placeholder="12 | https://instagram.com/yourpage | 1000"
          // The example is what a person types (Latin digits), like the text itself.
          data-user-text
          hint={t.rich("orders.mass.hint", { max: digits.format(maxLines), c: (chunks) => <code>{chunks}</code> })}
          error={errors.text?.message}
          className="font-mono"
          {...form.register("text")}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant={shown ? "secondary" : "primary"} disabled={busy || tooMany}>
            {t("ordering.mass.check")}
          </Button>
          <span className={tooMany ? "text-sm text-red-700" : "text-sm text-slate-500"} aria-live="polite">
            {tooMany ? t("orders.mass.tooMany", { max: digits.format(maxLines) }) : t("orders.mass.lineCount", { count })}
          </span>
        </div>
      </form>
      {shown ? (
        <MassOrderPreview
          preview={shown}
          balance={balance}
          busy={busy}
          onConfirm={place}
          onEdit={() => {
            setPreview(null);
            form.setFocus("text");
          }}
          prefs={prefs}
          locale={locale}
        />
      ) : null}
      {report ? <MassOrderReport report={report} prefs={prefs} locale={locale} /> : null}
    </div>
  );
}
