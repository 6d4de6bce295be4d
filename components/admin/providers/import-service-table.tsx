"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { priceFromProvider } from "@/lib/catalog/pricing";
import type { ProviderServiceChoices } from "@/lib/catalog/provider-service-choices";
import { money } from "@/lib/money/money";
import type { MarkupState } from "./markup-fields";

type Props = {
  services: ProviderServiceChoices["services"];
  currency: string;
  bdtPerUsd: string;
  markup: MarkupState;
  selected: Set<string>;
  onSelectedChange: (next: Set<string>) => void;
  /** When set, each provider category can be mapped to one of ours (else: ours of the same name). */
  mapping?: { categories: { id: string; name: string }[]; value: Record<string, string>; onChange: (next: Record<string, string>) => void };
};

const SHOWN = 500;

/** The provider's services grouped by its categories; a category's box selects all of it. */
export function ImportServiceTable({ services, currency, bdtPerUsd, markup, selected, onSelectedChange, mapping }: Props) {
  const t = useTranslations("import");
  const groups = new Map<string, ProviderServiceChoices["services"]>();
  for (const service of services.slice(0, SHOWN)) groups.set(service.category, [...(groups.get(service.category) ?? []), service]);
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    onSelectedChange(next);
  };
  const ourPrice = (rate: string) => {
    if (!/^\d+(\.\d+)?$/.test(markup.markupValue.trim())) return "—";
    try {
      return priceFromProvider({
        providerRate: money(rate),
        providerCurrency: currency,
        bdtPerUsd: money(bdtPerUsd),
        markup: { kind: markup.markupKind, value: money(markup.markupValue.trim()) },
        roundTo: markup.roundTo ? money(markup.roundTo) : null,
      }).toFixed(2);
    } catch {
      return "—";
    }
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap justify-between gap-2 text-sm text-slate-600">
        <span>{t("shown", { shown: Math.min(services.length, SHOWN), total: services.length })}</span>
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
          {t("selectAllMatching", { count: services.length })}
        </button>
      </div>
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="import-table">
          <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
            <tr>
              <th className="py-2 pr-2" />
              <th className="py-2 pr-4 font-medium">{t("service")}</th>
              <th className="py-2 pr-4 text-right font-medium">{t("providerRate", { currency })}</th>
              <th className="py-2 pr-4 text-right font-medium">{t("ourRate")}</th>
              <th className="py-2 text-right font-medium">{t("minMax")}</th>
            </tr>
          </thead>
          {[...groups.entries()].map(([category, rows]) => {
            const ids = rows.map((row) => row.serviceId);
            const all = ids.every((id) => selected.has(id));
            return (
              <tbody key={category} className="divide-y divide-slate-100">
                <tr className="bg-slate-50">
                  <td className="py-2 pr-2">
                    <input
                      type="checkbox"
                      aria-label={t("selectCategory", { category })}
                      checked={all}
                      onChange={(event) => toggle(ids, event.target.checked)}
                    />
                  </td>
                  <td colSpan={4} className="py-2 font-medium text-slate-700">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <span>{category}</span>
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
                          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-normal"
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
                  </td>
                </tr>
                {rows.map((service) => (
                  <tr key={service.serviceId}>
                    <td className="py-2 pr-2">
                      <input
                        type="checkbox"
                        aria-label={t("selectService", { id: service.serviceId })}
                        checked={selected.has(service.serviceId)}
                        onChange={(event) => toggle([service.serviceId], event.target.checked)}
                      />
                    </td>
                    <td className="py-2 pr-4">
                      <span className="text-slate-500">#{service.serviceId}</span> {service.name}{" "}
                      {service.imported ? <Badge tone="blue">{t("imported")}</Badge> : null}
                    </td>
                    <td className="py-2 pr-4 text-right tabular-nums">{service.rate}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">৳{ourPrice(service.rate)}</td>
                    <td className="py-2 text-right tabular-nums">
                      {service.min}–{service.max}
                    </td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </div>
  );
}
