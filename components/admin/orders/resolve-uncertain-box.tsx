"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { resolveUncertainAction } from "@/lib/actions/admin/orders";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useResultText } from "./use-result-text";
import { useFailureText } from "./use-failure-text";

/**
 * An UNCERTAIN order (sent, the provider's answer lost): attach the provider order id found on the
 * provider's panel, or resend knowingly, which may create a second order there, behind a checkbox.
 */
export function ResolveUncertainBox({
  orderId,
  answeredProviderOrderId = null,
}: {
  orderId: number;
  answeredProviderOrderId?: string | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const { forFailure } = useFailureText();
  const resultText = useResultText();
  const [providerOrderId, setProviderOrderId] = useState(answeredProviderOrderId ?? "");
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string; field?: boolean } | null>(null);

  const run = async (input: Parameters<typeof resolveUncertainAction>[0]) => {
    setBusy(true);
    setNotice(null);
    try {
      const answer = await resolveUncertainAction(input);
      if (!answer.success) return setNotice({ tone: "error", text: forFailure(answer), field: "providerOrderId" in input });
      setNotice({ tone: "success", text: resultText(answer.data) });
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-4" data-testid="resolve-uncertain">
      <p className="text-sm text-slate-600">{t("ordersAdmin.resolve.intro")}</p>
      {notice && !(notice.field && notice.tone === "error") ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void run({ orderId, providerOrderId });
        }}
      >
        <div className="w-56">
          <Field
            id="resolve-provider-order-id"
            label={t("ordersAdmin.resolve.providerOrderId")}
            value={providerOrderId}
            onChange={(event) => setProviderOrderId(event.target.value)}
            hint={answeredProviderOrderId ? t("ordersAdmin.resolve.answeredHint") : undefined}
            error={notice?.field && notice.tone === "error" ? notice.text : undefined}
          />
        </div>
        <Button type="submit" disabled={busy || providerOrderId.trim() === ""}>
          {t("ordersAdmin.resolve.attach")}
        </Button>
      </form>
      <div className="space-y-2 border-t border-slate-100 pt-3">
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} className="mt-0.5" />
          <span>{t("ordersAdmin.resolve.resendUnderstood")}</span>
        </label>
        <Button variant="danger" disabled={busy || !understood} onClick={() => run({ orderId, resend: true })}>
          {busy ? t("common.working") : t("ordersAdmin.resolve.resend")}
        </Button>
      </div>
    </div>
  );
}
