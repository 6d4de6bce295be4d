"use client";

import type { RowSelectionState } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { priceFromProvider } from "@/lib/catalog/pricing";
import type { ProviderServiceChoices } from "@/lib/catalog/provider-service-choices";
import { formatAmount, numberFormat } from "@/lib/i18n/format-number";
import { money } from "@/lib/money/money";
import type { MarkupState } from "./markup-fields";

type Choice = ProviderServiceChoices["services"][number];
type Props = {
  services: Choice[];
  currency: string;
  bdtPerUsd: string;
  markup: MarkupState;
  selected: Set<string>;
  onSelectedChange: (next: Set<string>) => void;
  /** When set, each provider category can be mapped to one of ours (else: ours of the same name). */
  mapping?: { categories: { id: string; name: string }[]; value: Record<string, string>; onChange: (next: Record<string, string>) => void };
};

const SHOWN = 500;

/** The provider's services grouped by its categories (in the provider's order); a category's box selects all of it. */
export function ImportServiceTable({ services, currency, bdtPerUsd, markup, selected, onSelectedChange, mapping }: Props) {
  const t = useTranslations("import");
  const tt = useTranslations("adminTables.import");
  const locale = useLocale();
  // Grouped as the provider lists them: each category's services together, categories in first-seen order.
  const rows = useMemo(() => {
    const groups = new Map<string, Choice[]>();
    for (const service of services.slice(0, SHOWN)) groups.set(service.category, [...(groups.get(service.category) ?? []), service]);
    return [...groups.values()].flat();
  }, [services]);
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    onSelectedChange(next);
  };
  const rowSelection = useMemo<RowSelectionState>(() => Object.fromEntries([...selected].map((id) => [id, true])), [selected]);
  const columns = useMemo(() => importColumns(t, locale, currency, bdtPerUsd, markup), [t, locale, currency, bdtPerUsd, markup]);
  const numbers = numberFormat(locale, 0);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap justify-between gap-2 text-sm text-slate-600">
        <span>{t("shown", { shown: numbers.format(Math.min(services.length, SHOWN)), total: numbers.format(services.length) })}</span>
        <button
          type="button"
          className="text-brand-700 hover:underline"
          onClick={() =>
            toggle(
              services.map((service) => service.serviceId),
              true,
            )
          }
        >
          {t("selectAllMatching", { count: numbers.format(services.length) })}
        </button>
      </div>
      <DataTable
        id="import-table"
        columns={columns}
        rows={rows}
        rowId={(service) => service.serviceId}
        selection={{
          selected: rowSelection,
          // Ticks outside the shown rows (a search, or past the first 500) stay as they were.
          onChange: (next) => onSelectedChange(new Set(Object.keys(next).filter((id) => next[id]))),
          label: (service) => t("selectService", { id: service.serviceId }),
        }}
        group={{
          of: (service) => service.category,
          header: (category, members) => {
            const ids = members.map((member) => member.serviceId);
            return (
              <div className="flex flex-wrap items-center justify-between gap-2 font-medium text-slate-700">
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    aria-label={t("selectCategory", { category })}
                    checked={ids.every((id) => selected.has(id))}
                    onChange={(event) => toggle(ids, event.target.checked)}
                  />
                  <span data-user-text>{category}</span>
                </label>
                {mapping ? (
                  <select
                    aria-label={t("mapCategory", { category })}
                    value={mapping.value[category] ?? ""}
                    onChange={(event) => {
                      const next = { ...mapping.value };
                      if (event.target.value) next[category] = event.target.value;
                      else delete next[category];
                      mapping.onChange(next);
                    }}
                    className="max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-normal"
                  >
                    <option value="">{t("sameNameCategory")}</option>
                    {mapping.categories.map((ours) => (
                      <option key={ours.id} value={ours.id}>
                        → {ours.name}
                      </option>
                    ))}
                  </select>
                ) : null}
              </div>
            );
          },
        }}
        empty={<EmptyState text={tt("noMatch")} />}
      />
    </div>
  );
}

function importColumns(
  t: ReturnType<typeof useTranslations<"import">>,
  locale: string,
  currency: string,
  bdtPerUsd: string,
  markup: MarkupState,
): TableColumn<Choice>[] {
  const numbers = numberFormat(locale, 0);
  const ourPrice = (rate: string) => {
    if (!/^\d+(\.\d+)?$/.test(markup.markupValue.trim())) return "—";
    try {
      const price = priceFromProvider({
        providerRate: money(rate),
        providerCurrency: currency,
        bdtPerUsd: money(bdtPerUsd),
        markup: { kind: markup.markupKind, value: money(markup.markupValue.trim()) },
        roundTo: markup.roundTo ? money(markup.roundTo) : null,
      });
      return formatAmount(price.toFixed(), locale);
    } catch {
      return "—";
    }
  };
  return [
    {
      id: "service",
      meta: { label: t("service"), key: true, className: "md:min-w-64" },
      header: t("service"),
      cell: ({ row }) => (
        <span>
          {/* The provider's own id and name, as its catalogue writes them. */}
          <span data-user-text>
            <span className="text-slate-500">#{row.original.serviceId}</span> {row.original.name}
          </span>{" "}
          {row.original.imported ? <Badge tone="blue">{t("imported")}</Badge> : null}
        </span>
      ),
    },
    {
      id: "providerRate",
      meta: { label: t("providerRate", { currency }), align: "right", className: "whitespace-nowrap tabular-nums" },
      header: t("providerRate", { currency }),
      cell: ({ row }) => numberFormat(locale, 7).format(row.original.rate as unknown as number),
    },
    {
      id: "ourRate",
      meta: { label: t("ourRate"), key: true, align: "right", className: "whitespace-nowrap tabular-nums" },
      header: t("ourRate"),
      cell: ({ row }) => ourPrice(row.original.rate),
    },
    {
      id: "minMax",
      meta: { label: t("minMax"), align: "right", hideBelow: "lg", className: "whitespace-nowrap tabular-nums" },
      header: t("minMax"),
      cell: ({ row }) => `${numbers.format(row.original.min)}–${numbers.format(row.original.max)}`,
    },
  ];
}
