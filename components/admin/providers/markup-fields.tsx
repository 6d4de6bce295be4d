"use client";

import { useTranslations } from "next-intl";

export type MarkupState = { markupKind: "PERCENT" | "FIXED"; markupValue: string; roundTo: string };

export function MarkupFields({ value, onChange }: { value: MarkupState; onChange: (next: MarkupState) => void }) {
  const t = useTranslations("import");
  const negative = value.markupValue.trim().startsWith("-");
  return (
    <>
      <label className="block space-y-1 text-sm">
        <span className="font-medium text-slate-700">{t("markupKind")}</span>
        <select
          value={value.markupKind}
          onChange={(event) => onChange({ ...value, markupKind: event.target.value as MarkupState["markupKind"] })}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
        >
          <option value="PERCENT">{t("percent")}</option>
          <option value="FIXED">{t("fixed")}</option>
        </select>
      </label>
      <label className="block space-y-1 text-sm">
        <span className="font-medium text-slate-700">{value.markupKind === "PERCENT" ? t("markupPercent") : t("markupFixed")}</span>
        <input
          inputMode="decimal"
          value={value.markupValue}
          aria-invalid={negative || undefined}
          onChange={(event) => onChange({ ...value, markupValue: event.target.value })}
          className="block w-full rounded-md border border-slate-300 px-3 py-2"
        />
        {negative ? <span className="text-xs text-red-600">{t("negativeMarkup")}</span> : null}
      </label>
      <label className="block space-y-1 text-sm">
        <span className="font-medium text-slate-700">{t("roundTo")}</span>
        <select
          value={value.roundTo}
          onChange={(event) => onChange({ ...value, roundTo: event.target.value })}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
        >
          <option value="">{t("roundNone")}</option>
          <option value="0.01">0.01</option>
          <option value="0.1">0.10</option>
          <option value="1">1</option>
          <option value="5">5</option>
        </select>
      </label>
    </>
  );
}
