"use client";

import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { ProviderPickConfirm, useProviderPick } from "@/components/admin/catalog/provider-pick";
import { ProviderServicePicker } from "@/components/admin/catalog/provider-service-picker";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { orderActionAction } from "@/lib/actions/admin/orders";
import { localDigits } from "@/lib/i18n/local-digits";
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
  const { forFailure } = useFailureText();
  const resultText = useResultText();
  const pick = useProviderPick({ provider: "providerId", service: "providerServiceId" }, forFailure);
  const { picked, busy } = pick;

  const run = async () => {
    if (!picked) return;
    await pick.run(
      () => orderActionAction({ action: "forward", orderId, providerId: picked.providerId, providerServiceId: picked.serviceId }),
      (data) => {
        toast.success(resultText(data as Parameters<typeof resultText>[0]));
        return null;
      },
    );
  };

  return (
    <div className="space-y-3" data-testid="move-order">
      <p className="text-sm text-slate-600">{t("ordersAdmin.move.intro")}</p>
      {pick.notice ? <Notice tone={pick.notice.tone}>{pick.notice.text}</Notice> : null}
      <ProviderServicePicker id="move-order" providers={providers} type={type} {...pick.picker} />
      <Button disabled={busy || !picked} onClick={() => pick.setConfirming(true)}>
        {t("ordersAdmin.bulk.review")}
      </Button>
      {pick.confirming && picked ? (
        <ProviderPickConfirm
          title={t("ordersAdmin.move.title", { id: localDigits(String(orderId), locale) })}
          description={t("ordersAdmin.move.confirm", { provider: picked.providerName })}
          labels={{ from: t("ordersAdmin.move.from"), to: t("ordersAdmin.move.to"), rate: t("ordersAdmin.move.rate") }}
          current={current}
          picked={picked}
          more={[{ label: t("feedback.order.customer"), value: email }]}
          confirmLabel={t("ordersAdmin.move.send")}
          busy={busy}
          onConfirm={run}
          onCancel={() => pick.setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
