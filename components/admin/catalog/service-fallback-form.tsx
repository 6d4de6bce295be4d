"use client";

import { useLocale, useTranslations } from "next-intl";
import { problemText } from "@/components/forms/failure-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { setServiceFallbackAction } from "@/lib/actions/admin/service-providers";
import type { ServiceFallbackInput } from "@/lib/catalog/provider-move-schemas";
import { localDigits } from "@/lib/i18n/local-digits";
import { numberFormat } from "@/lib/i18n/format-number";
import { useProviderPick } from "./provider-pick";
import { ProviderServicePicker } from "./provider-service-picker";

type Props = {
  serviceId: number;
  type: string;
  /** The fallback now, if any. */
  current: { providerName: string; providerServiceId: string; rate: string | null } | null;
  /** Other providers than the service's own. */
  providers: { id: string; name: string }[];
};

/** Shows the service's fallback provider, and sets (from a live list) or clears it. No money moves here. */
export function ServiceFallbackForm({ serviceId, type, current, providers }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const pick = useProviderPick({ provider: "fallbackProviderId", service: "fallbackProviderServiceId" }, (failure) =>
    problemText(failure.error, t),
  );
  const { picked, busy } = pick;

  const run = (input: ServiceFallbackInput, done: string) =>
    pick.run(
      () => setServiceFallbackAction(input),
      () => {
        pick.setPicked(null);
        return done;
      },
    );

  return (
    <div className="space-y-3" data-testid="service-fallback">
      <p className="text-sm text-slate-600">{t("catalogAdmin.providerMove.fallbackIntro")}</p>
      {pick.notice ? <Notice tone={pick.notice.tone}>{pick.notice.text}</Notice> : null}
      <p className="text-sm" data-testid="service-fallback-now">
        {current
          ? t("catalogAdmin.providerMove.fallbackNow", {
              provider: current.providerName,
              service: localDigits(current.providerServiceId, locale),
              rate: current.rate ? numberFormat(locale, 7).format(current.rate as unknown as number) : "—",
            })
          : t("catalogAdmin.providerMove.fallbackNone")}
      </p>
      <ProviderServicePicker id="fallback" providers={providers} type={type} {...pick.picker} />
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={busy || !picked}
          onClick={() =>
            picked &&
            run(
              { action: "set", serviceId, fallbackProviderId: picked.providerId, fallbackProviderServiceId: picked.serviceId },
              t("catalogAdmin.providerMove.fallbackSet", { provider: picked.providerName }),
            )
          }
        >
          {t("catalogAdmin.providerMove.setFallback")}
        </Button>
        {current ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => run({ action: "clear", serviceId }, t("catalogAdmin.providerMove.fallbackCleared"))}
          >
            {t("catalogAdmin.providerMove.clearFallback")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
