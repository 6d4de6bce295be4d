"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { MoneyText } from "@/components/wallet/money-text";
import type { listServicesForAdmin } from "@/lib/catalog/list-services";
import { ServicesBulkBar } from "./services-bulk-bar";

export type ServiceRow = Awaited<ReturnType<typeof listServicesForAdmin>>["services"][number];

const HEADINGS = ["id", "name", "category", "provider", "type", "rate", "providerRate", "limits", "mode", "status", "flags"] as const;

/** One page of services with a checkbox per row; the ticked ones go to the bulk bar. */
export function ServicesTable({
  services,
  categories,
  locale,
}: {
  services: ServiceRow[];
  categories: { id: string; name: string }[];
  locale: string;
}) {
  const t = useTranslations("catalogAdmin");
  const format = useFormatter();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const ids = services.map((service) => service.id);
  // Only rows on this page count, whatever was ticked before a filter or page change.
  const chosen = ids.filter((id) => selected.has(id));
  const allChosen = ids.length > 0 && chosen.length === ids.length;

  const toggle = (id: number) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="space-y-4">
      <ServicesBulkBar serviceIds={chosen} categories={categories} />
      {services.length === 0 ? (
        <p className="text-sm text-slate-500">{t("services.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="services-table">
            <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
              <tr>
                <th className="py-2 pr-3">
                  <input
                    type="checkbox"
                    aria-label={t("services.selectAll")}
                    checked={allChosen}
                    ref={(element) => {
                      if (element) element.indeterminate = chosen.length > 0 && !allChosen;
                    }}
                    onChange={() => setSelected(allChosen ? new Set() : new Set(ids))}
                  />
                </th>
                {HEADINGS.map((heading) => (
                  <th key={heading} className={`py-2 pr-4 font-medium whitespace-nowrap ${heading === "rate" ? "text-right" : ""}`}>
                    {t(`services.${heading}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {services.map((service) => (
                <tr key={service.id} className={selected.has(service.id) ? "bg-brand-50" : undefined}>
                  <td className="py-2 pr-3">
                    <input
                      type="checkbox"
                      aria-label={t("services.selectOne", { id: service.id })}
                      checked={selected.has(service.id)}
                      onChange={() => toggle(service.id)}
                    />
                  </td>
                  <td className="py-2 pr-4 tabular-nums">
                    <Link href={`/admin/catalog/services/${service.id}`} className="text-brand-700 hover:underline">
                      {service.id}
                    </Link>
                  </td>
                  <td className="min-w-64 py-2 pr-4">
                    <Link href={`/admin/catalog/services/${service.id}`} className="font-medium text-brand-700 hover:underline">
                      {service.name}
                    </Link>
                    {service.vanishedAt ? (
                      <span className="ml-2">
                        <Badge tone="red">{t("services.vanished")}</Badge>
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-4">{service.category.name}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    {service.provider ? (
                      <>
                        <div>{service.provider.name}</div>
                        <div className="font-mono text-xs text-slate-500">#{service.providerServiceId ?? "—"}</div>
                      </>
                    ) : (
                      <span className="text-slate-500">{t("services.noProvider")}</span>
                    )}
                  </td>
                  <td className="py-2 pr-4 text-xs">{t(`services.types.${service.type}`)}</td>
                  <td className="py-2 pr-4 text-right whitespace-nowrap" title={service.rate}>
                    <MoneyText amount={service.rate} locale={locale} />
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap text-slate-600 tabular-nums">
                    {service.providerRate ? `${service.providerRate} ${service.providerCurrency ?? ""}` : "—"}
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap tabular-nums">
                    {format.number(service.min)}–{format.number(service.max)}
                  </td>
                  <td className="py-2 pr-4">{t(`services.modes.${service.mode}`)}</td>
                  <td className="py-2 pr-4">
                    <Badge tone={service.status === "ACTIVE" ? "green" : "slate"}>{t(`statuses.${service.status}`)}</Badge>
                  </td>
                  <td className="py-2 pr-4">
                    <ServiceFlags
                      refill={service.refill}
                      refillDays={service.refillDays}
                      cancel={service.cancel}
                      dripfeed={service.dripfeed}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function ServiceFlags(props: { refill: boolean; refillDays: number | null; cancel: boolean; dripfeed: boolean }) {
  const t = useTranslations("catalogAdmin.services");
  return (
    <div className="flex flex-wrap gap-1">
      {props.refill ? <Badge tone="blue">{props.refillDays ? t("refillDays", { days: props.refillDays }) : t("refill")}</Badge> : null}
      {props.cancel ? <Badge tone="amber">{t("cancel")}</Badge> : null}
      {props.dripfeed ? <Badge>{t("dripfeed")}</Badge> : null}
    </div>
  );
}
