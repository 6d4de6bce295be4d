"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ProviderServicePicker, type PickedService } from "@/components/admin/catalog/provider-service-picker";
import { problemFields } from "@/components/forms/failure-text";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Notice } from "@/components/ui/notice";
import { orderActionAction } from "@/lib/actions/admin/orders";
import { localDigits } from "@/lib/i18n/local-digits";
import { numberFormat } from "@/lib/i18n/format-number";
import { useFailureText } from "./use-failure-text";
import { useResultText } from "./use-result-text";

type Props = {
  orderId: number;
  /** The order's service type: only services of that type fit. */
  type: string;
  current: { providerName: string | null; providerServiceId: string | null };
  providers: { id: string; name: string }[];
  email: string;
};

/**
 * A PENDING order (not sent yet) moves to another provider's equivalent service, picked from its live
 * list, and is sent there at once (at most once, like any forward), after a dialog naming both.
 */
export function MoveOrderBox({ orderId, type, current, providers, email }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const { forFailure } = useFailureText();
  const resultText = useResultText();
  const [picked, setPicked] = useState<PickedService | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const run = async () => {
    if (!picked) return;
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const answer = await orderActionAction({
        action: "forward",
        orderId,
        providerId: picked.providerId,
        providerServiceId: picked.serviceId,
      });
      setConfirming(false);
      if (!answer.success) {
        setFields(problemFields(answer.error, t));
        return setError(forFailure(answer));
      }
      toast.success(resultText(answer.data as Parameters<typeof resultText>[0]));
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  const id = (value: string | null) => (value ? `#${localDigits(value, locale)}` : "—");
  return (
    <div className="space-y-3" data-testid="move-order">
      <p className="text-sm text-slate-600">{t("ordersAdmin.move.intro")}</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <ProviderServicePicker
        id="move-order"
        providers={providers}
        type={type}
        value={picked}
        onChange={setPicked}
        disabled={busy}
        errors={{ provider: fields.providerId, service: fields.providerServiceId }}
      />
      <Button disabled={busy || !picked} onClick={() => setConfirming(true)}>
        {t("ordersAdmin.bulk.review")}
      </Button>
      {confirming && picked ? (
        <ConfirmDialog
          open
          title={t("ordersAdmin.move.title", { id: localDigits(String(orderId), locale) })}
          description={t("ordersAdmin.move.confirm", { provider: picked.providerName })}
          facts={[
            { label: t("ordersAdmin.move.from"), value: `${current.providerName ?? "—"} ${id(current.providerServiceId)}` },
            { label: t("ordersAdmin.move.to"), value: `${picked.providerName} ${id(picked.serviceId)} · ${picked.name}` },
            {
              label: t("ordersAdmin.move.rate"),
              value: `${numberFormat(locale, 7).format(picked.rate as unknown as number)} ${picked.currency}`,
            },
            { label: t("feedback.order.customer"), value: email },
          ]}
          confirmLabel={t("ordersAdmin.move.send")}
          busy={busy}
          onConfirm={run}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
