"use client";

import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { Badge } from "@/components/ui/badge";
import { CustomerPrice } from "@/components/orders/customer-price";
import { numberFormat } from "@/lib/i18n/format-number";
import { localDigits } from "@/lib/i18n/local-digits";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { perPackage, type CatalogCategory, type CatalogService } from "./catalog-types";
import { ServiceCombobox } from "./service-combobox";

type Props = {
  categories: CatalogCategory[];
  favoriteIds: readonly number[];
  /** Favourites whose change is still on its way to the server. */
  savingIds: readonly number[];
  onToggleFavorite: (serviceId: number) => void;
  service: CatalogService | undefined;
  onServiceChange: (service: CatalogService) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  error?: string;
  prefs: DisplayPrefs;
  locale: string;
};

/** The searchable service list, then what the chosen service offers and costs, with its favourite pin. */
export function ServicePicker({
  categories,
  favoriteIds,
  savingIds,
  onToggleFavorite,
  service,
  onServiceChange,
  onBlur,
  inputRef,
  error,
  prefs,
  locale,
}: Props) {
  const t = useTranslations("ordering.picker");
  return (
    <div className="space-y-3">
      <ServiceCombobox
        id="serviceId"
        label={t("label")}
        categories={categories}
        favoriteIds={favoriteIds}
        value={service?.id}
        onChange={onServiceChange}
        onBlur={onBlur}
        onToggleFavorite={onToggleFavorite}
        inputRef={inputRef}
        error={error}
        prefs={prefs}
        locale={locale}
      />
      {service ? (
        <ServiceDetails
          service={service}
          favorite={favoriteIds.includes(service.id)}
          saving={savingIds.includes(service.id)}
          onToggleFavorite={() => onToggleFavorite(service.id)}
          prefs={prefs}
          locale={locale}
        />
      ) : null}
    </div>
  );
}

type DetailsProps = {
  service: CatalogService;
  favorite: boolean;
  saving: boolean;
  onToggleFavorite: () => void;
  prefs: DisplayPrefs;
  locale: string;
};

function ServiceDetails({ service, favorite, saving, onToggleFavorite, prefs, locale }: DetailsProps) {
  const t = useTranslations("orders.create");
  const own = useTranslations("ordering.picker");
  const digits = numberFormat(locale);
  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="service-details">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs text-slate-500">{t("serviceNumber", { id: localDigits(String(service.id), locale) })}</span>
        {service.refill ? (
          <Badge tone="green">{service.refillDays ? t("refillDays", { days: digits.format(service.refillDays) }) : t("refill")}</Badge>
        ) : (
          <Badge>{t("noRefill")}</Badge>
        )}
        {service.cancel ? <Badge tone="blue">{t("cancel")}</Badge> : null}
        {service.dripfeed ? <Badge>{t("dripfeed")}</Badge> : null}
        <button
          type="button"
          onClick={onToggleFavorite}
          aria-busy={saving || undefined}
          data-testid="favorite-toggle"
          className="ml-auto inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-white focus:ring-2 focus:ring-brand-500 focus:outline-none"
        >
          <span aria-hidden="true" className={favorite ? "text-amber-500" : "text-slate-400"}>
            {favorite ? "★" : "☆"}
          </span>
          {favorite ? own("unpin") : own("pin")}
        </button>
      </div>
      {service.description ? (
        <p className="whitespace-pre-line text-slate-600" data-user-text>
          {service.description}
        </p>
      ) : null}
      <p className="flex flex-wrap gap-x-6 gap-y-1">
        <span>
          <span className="text-slate-500">{perPackage(service) ? t("pricePerPackage") : t("pricePer1000")}: </span>
          <span className="font-medium" data-testid="service-rate">
            <CustomerPrice rate={service.rate} listRate={service.listRate} prefs={prefs} locale={locale} />
          </span>
        </span>
        {perPackage(service) ? null : (
          <span className="text-slate-600">{t("limits", { min: digits.format(service.min), max: digits.format(service.max) })}</span>
        )}
      </p>
      {service.type === "SUBSCRIPTIONS" ? <p className="text-slate-600">{t("subscriptions")}</p> : null}
    </div>
  );
}
