"use client";

import type { RowSelectionState } from "@tanstack/react-table";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { ProviderAmount } from "@/components/admin/providers/provider-amount";
import { Badge } from "@/components/ui/badge";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { MoneyText } from "@/components/wallet/money-text";
import type { listServicesForAdmin } from "@/lib/catalog/list-services";
import { numberFormat } from "@/lib/i18n/format-number";
import { ServicesBulkBar } from "./services-bulk-bar";

export type ServiceRow = Awaited<ReturnType<typeof listServicesForAdmin>>["services"][number];

/** One page of services (paged on the server, so in its order) with a checkbox per row; the ticked ones go to the bulk bar. */
export function ServicesTable({
  services,
  categories,
  locale,
  empty,
}: {
  services: ServiceRow[];
  categories: { id: string; name: string }[];
  locale: string;
  empty: ReactNode;
}) {
  const t = useTranslations("catalogAdmin");
  const [selected, setSelected] = useState<RowSelectionState>({});
  // Only rows on this page count, whatever was ticked before a filter or page change.
  const chosen = services.map((service) => service.id).filter((id) => selected[String(id)]);
  const columns = useMemo(() => serviceColumns(t, locale), [t, locale]);
  return (
    <div className="space-y-4">
      {services.length > 0 ? <ServicesBulkBar serviceIds={chosen} categories={categories} /> : null}
      <DataTable
        id="services-table"
        columns={columns}
        rows={services}
        rowId={(service) => String(service.id)}
        selection={{ selected, onChange: setSelected, label: (service) => t("services.selectOne", { id: service.id }) }}
        empty={empty}
      />
    </div>
  );
}

function serviceColumns(t: ReturnType<typeof useTranslations<"catalogAdmin">>, locale: string): TableColumn<ServiceRow>[] {
  const numbers = numberFormat(locale, 0);
  return [
    {
      id: "id",
      meta: { label: t("services.id"), key: true, className: "whitespace-nowrap" },
      header: t("services.id"),
      cell: ({ row }) => (
        <Link href={`/admin/catalog/services/${row.original.id}`} className="text-brand-700 tabular-nums hover:underline">
          #{numbers.format(row.original.id)}
        </Link>
      ),
    },
    {
      id: "name",
      meta: { label: t("services.name"), className: "md:min-w-56" },
      header: t("services.name"),
      cell: ({ row }) => (
        <span>
          <Link href={`/admin/catalog/services/${row.original.id}`} className="font-medium text-brand-700 hover:underline" data-user-text>
            {row.original.name}
          </Link>
          {row.original.vanishedAt ? (
            <span className="ml-2">
              <Badge tone="red">{t("services.vanished")}</Badge>
            </span>
          ) : null}
        </span>
      ),
    },
    {
      id: "category",
      meta: { label: t("services.category"), hideBelow: "xl" },
      header: t("services.category"),
      cell: ({ row }) => row.original.category.name,
    },
    {
      id: "provider",
      meta: { label: t("services.provider"), hideBelow: "xl", className: "md:min-w-32" },
      header: t("services.provider"),
      cell: ({ row }) =>
        row.original.provider ? (
          <span>
            <span className="block">{row.original.provider.name}</span>
            <span className="block font-mono text-xs text-slate-500">#{row.original.providerServiceId ?? "—"}</span>
          </span>
        ) : (
          <span className="text-slate-500">{t("services.noProvider")}</span>
        ),
    },
    {
      id: "type",
      meta: { label: t("services.type"), hideBelow: "2xl", hideOnPhone: true, className: "text-xs" },
      header: t("services.type"),
      cell: ({ row }) => t(`services.types.${row.original.type}`),
    },
    {
      id: "rate",
      meta: { label: t("services.rate"), align: "right", className: "whitespace-nowrap" },
      header: t("services.rate"),
      cell: ({ row }) => <MoneyText amount={row.original.rate} locale={locale} />,
    },
    {
      id: "providerRate",
      meta: { label: t("services.providerRate"), hideBelow: "2xl", hideOnPhone: true, className: "whitespace-nowrap text-slate-600" },
      header: t("services.providerRate"),
      cell: ({ row }) =>
        row.original.providerRate ? (
          <ProviderAmount amount={row.original.providerRate} currency={row.original.providerCurrency} locale={locale} />
        ) : (
          "—"
        ),
    },
    {
      id: "limits",
      meta: { label: t("services.limits"), hideBelow: "xl", className: "whitespace-nowrap tabular-nums" },
      header: t("services.limits"),
      cell: ({ row }) => `${numbers.format(row.original.min)}–${numbers.format(row.original.max)}`,
    },
    {
      id: "mode",
      meta: { label: t("services.mode"), hideBelow: "2xl", hideOnPhone: true },
      header: t("services.mode"),
      cell: ({ row }) => t(`services.modes.${row.original.mode}`),
    },
    {
      id: "status",
      meta: { label: t("services.status"), key: true },
      header: t("services.status"),
      cell: ({ row }) => <Badge tone={row.original.status === "ACTIVE" ? "green" : "slate"}>{t(`statuses.${row.original.status}`)}</Badge>,
    },
    {
      id: "flags",
      meta: { label: t("services.flags"), hideBelow: "2xl" },
      header: t("services.flags"),
      cell: ({ row }) => <ServiceFlags service={row.original} />,
    },
  ];
}

function ServiceFlags({ service }: { service: Pick<ServiceRow, "refill" | "refillDays" | "cancel" | "dripfeed"> }) {
  const t = useTranslations("catalogAdmin.services");
  return (
    <span className="inline-flex flex-wrap justify-end gap-1 md:justify-start">
      {service.refill ? (
        <Badge tone="blue">{service.refillDays ? t("refillDays", { days: service.refillDays }) : t("refill")}</Badge>
      ) : null}
      {service.cancel ? <Badge tone="amber">{t("cancel")}</Badge> : null}
      {service.dripfeed ? <Badge>{t("dripfeed")}</Badge> : null}
    </span>
  );
}
