import { useLocale, useTranslations } from "next-intl";
import type { ProviderHealth } from "@/lib/providers/provider-health";
import { durationText, numberFormat, percentFormat } from "./health-format";

type Figures = Omit<ProviderHealth, "since">;

/** The last 7 days' health of one provider (definitions in lib/providers/provider-health.ts). */
export function ProviderHealthFigures({ health }: { health: Figures }) {
  const t = useTranslations("providerHealth.health");
  const locale = useLocale();
  const counts = numberFormat(locale, 0);
  const percent = percentFormat(locale);
  const rate = (value: number | null, part: number, whole: number) =>
    value === null ? t("none") : t("rateOf", { rate: percent.format(value), part, whole });
  const median = health.medianCompletionSeconds === null ? null : durationText(health.medianCompletionSeconds);
  const rows = [
    { label: t("sent"), hint: t("sentHint"), value: counts.format(health.sent), id: "sent" },
    {
      label: t("successRate"),
      hint: t("successRateHint"),
      value: rate(health.successRate, health.completed, health.finished),
      id: "success",
    },
    {
      label: t("refusalRate"),
      hint: t("refusalRateHint"),
      value: rate(health.refusalRate, health.refused, health.attempts),
      id: "refusal",
    },
    {
      label: t("uncertainRate"),
      hint: t("uncertainRateHint"),
      value: rate(health.uncertainRate, health.uncertain, health.attempts),
      id: "uncertain",
    },
    {
      label: t("medianCompletion"),
      hint: t("medianCompletionHint"),
      value: median ? t(median.key, median.values as never) : t("none"),
      id: "median",
    },
  ];
  return (
    <div>
      <p className="mb-3 text-sm text-slate-600">{t("window")}</p>
      <dl className="space-y-3 text-sm">
        {rows.map((row) => (
          <div key={row.id} className="flex items-baseline justify-between gap-x-4">
            <dt className="min-w-0">
              <span className="text-slate-700">{row.label}</span>
              <span className="block text-xs text-slate-500">{row.hint}</span>
            </dt>
            <dd className="shrink-0 font-medium tabular-nums" data-testid={`provider-health-${row.id}`}>
              {row.value}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
