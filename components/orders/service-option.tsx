"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import { numberFormat } from "@/lib/i18n/format-number";
import { localDigits } from "@/lib/i18n/local-digits";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { perPackage, type CatalogService } from "./catalog-types";
import { displayAmount } from "./display-amount";

type Props = {
  id: string;
  service: CatalogService;
  active: boolean;
  selected: boolean;
  favorite: boolean;
  onChoose: () => void;
  onHover: () => void;
  onToggleFavorite: () => void;
  prefs: DisplayPrefs;
  locale: string;
};

/**
 * One service in the picker: its id, name, price per 1,000 (or per package) in the reader's currency,
 * and min/max. The star pins it for the mouse; it is not focusable (an option holds no controls), and
 * the same pin is a real button beside the chosen service (service-picker.tsx).
 */
export function ServiceOption({ id, service, active, selected, favorite, onChoose, onHover, onToggleFavorite, prefs, locale }: Props) {
  const t = useTranslations("ordering.picker");
  const digits = numberFormat(locale);
  const price = displayAmount(service.rate, prefs, locale);
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      data-service-id={service.id}
      onClick={onChoose}
      onMouseMove={active ? undefined : onHover}
      className={clsx(
        "flex cursor-pointer items-start gap-2 px-3 py-2",
        active ? "bg-brand-50 text-slate-900" : "text-slate-700",
        selected && "font-medium",
      )}
    >
      <span
        aria-hidden="true"
        title={favorite ? t("unpin") : t("pin")}
        data-star={favorite ? "on" : "off"}
        onClick={(event) => {
          event.stopPropagation();
          onToggleFavorite();
        }}
        className={clsx("-m-1 shrink-0 p-1 text-base leading-5", favorite ? "text-amber-500" : "text-slate-300 hover:text-amber-400")}
      >
        {favorite ? "★" : "☆"}
      </span>
      <span className="min-w-0 flex-1">
        <span className="flex flex-wrap items-baseline gap-x-2">
          <span className="shrink-0 text-xs text-slate-600 tabular-nums">{t("id", { id: localDigits(String(service.id), locale) })}</span>
          <span className="min-w-0 break-words" data-user-text>
            {service.name}
          </span>
        </span>
        <span className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-600">
          <span className="tabular-nums">{perPackage(service) ? t("perPackage", { price }) : t("perThousand", { price })}</span>
          {perPackage(service) ? null : (
            <span className="tabular-nums">{t("limits", { min: digits.format(service.min), max: digits.format(service.max) })}</span>
          )}
        </span>
      </span>
      {selected ? (
        <span aria-hidden="true" className="shrink-0 text-brand-700">
          ✓
        </span>
      ) : null}
    </li>
  );
}
