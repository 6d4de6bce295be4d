"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { SelectField } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import type { ProviderServiceChoices } from "@/lib/catalog/provider-service-choices";
import type { Envelope } from "@/lib/http/envelope";
import { localDigits } from "@/lib/i18n/local-digits";
import { numberFormat } from "@/lib/i18n/format-number";

export type PickedService = { providerId: string; providerName: string; serviceId: string; name: string; rate: string; currency: string };
type Props = {
  /** Prefix of the controls' ids (two pickers can share a page). */
  id: string;
  providers: { id: string; name: string }[];
  /** Only services of this type fit (an order is sent by its service's type). */
  type: string;
  value: PickedService | null;
  onChange: (picked: PickedService | null) => void;
  errors?: { provider?: string; service?: string };
  disabled?: boolean;
};

const CONTROL = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
const SHOWN = 300;

/** A provider, then one service of its LIVE list (read from the provider now), of the same type as ours. */
export function ProviderServicePicker({ id, providers, type, value, onChange, errors, disabled }: Props) {
  const t = useTranslations("catalogAdmin.providerMove");
  const locale = useLocale();
  const [providerId, setProviderId] = useState(value?.providerId ?? "");
  const [search, setSearch] = useState("");
  const list = useQuery({
    queryKey: ["provider-services", providerId],
    enabled: providerId !== "",
    queryFn: async () => {
      const response = await fetch(`/api/admin/providers/${encodeURIComponent(providerId)}/services`);
      const body = (await response.json()) as Envelope<ProviderServiceChoices>;
      if (!body.success) throw new Error(body.error.message);
      return body.data;
    },
    staleTime: 60_000,
  });
  const fitting = useMemo(() => {
    const text = search.trim().toLowerCase();
    const same = (list.data?.services ?? []).filter((service) => service.type === type);
    return (text ? same.filter((service) => `${service.serviceId} ${service.name}`.toLowerCase().includes(text)) : same).slice(0, SHOWN);
  }, [list.data, search, type]);
  const rates = numberFormat(locale, 7);
  const label = (service: (typeof fitting)[number]) =>
    `#${localDigits(service.serviceId, locale)} · ${service.name} · ${rates.format(service.rate as unknown as number)} ${list.data?.currency ?? ""}`;

  const chooseService = (serviceId: string) => {
    const service = fitting.find((item) => item.serviceId === serviceId);
    const provider = providers.find((item) => item.id === providerId);
    onChange(
      service && provider && list.data
        ? { providerId, providerName: provider.name, serviceId, name: service.name, rate: service.rate, currency: list.data.currency }
        : null,
    );
  };

  return (
    <div className="space-y-3">
      <SelectField
        id={`${id}-provider`}
        label={t("provider")}
        error={errors?.provider}
        value={providerId}
        disabled={disabled}
        onChange={(event) => {
          setProviderId(event.target.value);
          setSearch("");
          onChange(null);
        }}
      >
        <option value="">{t("chooseProvider")}</option>
        {providers.map((provider) => (
          <option key={provider.id} value={provider.id}>
            {provider.name}
          </option>
        ))}
      </SelectField>
      {providerId && list.isPending ? <p className="text-sm text-slate-500">{t("loading")}</p> : null}
      {list.isError ? <Notice tone="error">{t("listFailed", { detail: list.error.message })}</Notice> : null}
      {list.data ? (
        <>
          <input
            type="search"
            value={search}
            disabled={disabled}
            onChange={(event) => setSearch(event.target.value)}
            placeholder={t("search")}
            aria-label={t("search")}
            className={CONTROL}
          />
          <SelectField
            id={`${id}-service`}
            label={t("service")}
            error={errors?.service}
            value={value?.providerId === providerId ? value.serviceId : ""}
            disabled={disabled || fitting.length === 0}
            onChange={(event) => chooseService(event.target.value)}
          >
            <option value="">{fitting.length ? t("chooseService", { count: fitting.length }) : t("noneFits")}</option>
            {fitting.map((service) => (
              <option key={service.serviceId} value={service.serviceId}>
                {label(service)}
              </option>
            ))}
          </SelectField>
        </>
      ) : null}
    </div>
  );
}
