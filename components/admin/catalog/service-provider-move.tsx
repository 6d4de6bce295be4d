"use client";

import { useTranslations } from "next-intl";
import { problemText } from "@/components/forms/failure-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { repointServiceAction } from "@/lib/actions/admin/service-providers";
import { ProviderPickConfirm, useProviderPick } from "./provider-pick";
import { ProviderServicePicker } from "./provider-service-picker";

type Props = {
  serviceId: number;
  type: string;
  current: { providerName: string | null; providerServiceId: string | null };
  providers: { id: string; name: string }[];
};

/**
 * Re-points the service at another provider's service, picked from its live list, after a dialog that
 * says what changes: new orders go there, orders already placed keep their provider.
 */
export function ServiceProviderMove({ serviceId, type, current, providers }: Props) {
  const t = useTranslations();
  const pick = useProviderPick({ provider: "providerId", service: "providerServiceId" }, (failure) => problemText(failure.error, t));
  const { picked, busy } = pick;

  const run = async () => {
    if (!picked) return;
    await pick.run(
      () => repointServiceAction({ serviceId, providerId: picked.providerId, providerServiceId: picked.serviceId }),
      () => {
        pick.setPicked(null);
        return t("catalogAdmin.providerMove.repointed", { provider: picked.providerName });
      },
    );
  };

  return (
    <div className="space-y-3" data-testid="service-repoint">
      <p className="text-sm text-slate-600">{t("catalogAdmin.providerMove.repointIntro")}</p>
      {pick.notice ? <Notice tone={pick.notice.tone}>{pick.notice.text}</Notice> : null}
      <ProviderServicePicker id="repoint" providers={providers} type={type} {...pick.picker} />
      <Button disabled={busy || !picked} onClick={() => pick.setConfirming(true)}>
        {t("catalogAdmin.providerMove.review")}
      </Button>
      {pick.confirming && picked ? (
        <ProviderPickConfirm
          title={t("catalogAdmin.providerMove.repointTitle")}
          description={t("catalogAdmin.providerMove.repointConfirm", { provider: picked.providerName })}
          labels={{
            from: t("catalogAdmin.providerMove.from"),
            to: t("catalogAdmin.providerMove.to"),
            rate: t("catalogAdmin.providerMove.rate"),
          }}
          current={current}
          picked={picked}
          confirmLabel={t("catalogAdmin.providerMove.repoint")}
          busy={busy}
          onConfirm={run}
          onCancel={() => pick.setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
