"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { problemFields, problemText } from "@/components/forms/failure-text";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Notice } from "@/components/ui/notice";
import { repointServiceAction } from "@/lib/actions/admin/service-providers";
import type { Failure } from "@/lib/http/envelope";
import { localDigits } from "@/lib/i18n/local-digits";
import { numberFormat } from "@/lib/i18n/format-number";
import { ProviderServicePicker, type PickedService } from "./provider-service-picker";

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
  const locale = useLocale();
  const router = useRouter();
  const [picked, setPicked] = useState<PickedService | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const fail = (failure: Failure) => {
    setFields(problemFields(failure.error, t));
    setNotice({ tone: "error", text: problemText(failure.error, t) });
  };

  const run = async () => {
    if (!picked) return;
    setBusy(true);
    setNotice(null);
    setFields({});
    try {
      const answer = await repointServiceAction({ serviceId, providerId: picked.providerId, providerServiceId: picked.serviceId });
      setConfirming(false);
      if (!answer.success) return fail(answer);
      setNotice({ tone: "success", text: t("catalogAdmin.providerMove.repointed", { provider: picked.providerName }) });
      setPicked(null);
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  const id = (value: string | null) => (value ? `#${localDigits(value, locale)}` : "—");
  return (
    <div className="space-y-3" data-testid="service-repoint">
      <p className="text-sm text-slate-600">{t("catalogAdmin.providerMove.repointIntro")}</p>
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <ProviderServicePicker
        id="repoint"
        providers={providers}
        type={type}
        value={picked}
        onChange={setPicked}
        disabled={busy}
        errors={{ provider: fields.providerId, service: fields.providerServiceId }}
      />
      <Button disabled={busy || !picked} onClick={() => setConfirming(true)}>
        {t("catalogAdmin.providerMove.review")}
      </Button>
      {confirming && picked ? (
        <ConfirmDialog
          open
          title={t("catalogAdmin.providerMove.repointTitle")}
          description={t("catalogAdmin.providerMove.repointConfirm", { provider: picked.providerName })}
          facts={[
            { label: t("catalogAdmin.providerMove.from"), value: `${current.providerName ?? "—"} ${id(current.providerServiceId)}` },
            { label: t("catalogAdmin.providerMove.to"), value: `${picked.providerName} ${id(picked.serviceId)} · ${picked.name}` },
            {
              label: t("catalogAdmin.providerMove.rate"),
              value: `${numberFormat(locale, 7).format(picked.rate as unknown as number)} ${picked.currency}`,
            },
          ]}
          confirmLabel={t("catalogAdmin.providerMove.repoint")}
          busy={busy}
          onConfirm={run}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
