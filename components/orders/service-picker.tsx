"use client";

import { useTranslations } from "next-intl";
import type { ChangeEvent } from "react";
import type { RefCallBack } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { PriceText } from "@/components/wallet/price-text";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import type { CatalogCategory, CatalogService } from "./catalog-types";
import { SelectField } from "./form-controls";

type Props = {
  categories: CatalogCategory[];
  categoryId: string;
  onCategoryChange: (categoryId: string) => void;
  serviceField: {
    name: string;
    value: string;
    onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
    onBlur: () => void;
    ref: RefCallBack;
    disabled?: boolean;
  };
  serviceError?: string;
  service: CatalogService | undefined;
  prefs: DisplayPrefs;
  locale: string;
};

/** Category → service (only that category's), then what the chosen service offers and costs. */
export function ServicePicker({ categories, categoryId, onCategoryChange, serviceField, serviceError, service, prefs, locale }: Props) {
  const t = useTranslations("orders.create");
  const services = categories.find((category) => category.id === categoryId)?.services ?? [];
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="categoryId" label={t("category")} value={categoryId} onChange={(event) => onCategoryChange(event.target.value)}>
          {categories.map((category) => (
            <option key={category.id} value={category.id} data-user-text>
              {category.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="serviceId" label={t("service")} error={serviceError} {...serviceField}>
          {services.map((choice) => (
            <option key={choice.id} value={String(choice.id)} data-user-text>
              {choice.name}
            </option>
          ))}
        </SelectField>
      </div>
      {service ? <ServiceDetails service={service} prefs={prefs} locale={locale} /> : null}
    </div>
  );
}

function ServiceDetails({ service, prefs, locale }: { service: CatalogService; prefs: DisplayPrefs; locale: string }) {
  const t = useTranslations("orders.create");
  const perPackage = service.type === "PACKAGE" || service.type === "CUSTOM_COMMENTS_PACKAGE";
  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="service-details">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs text-slate-500">{t("serviceNumber", { id: String(service.id) })}</span>
        {service.refill ? (
          <Badge tone="green">{service.refillDays ? t("refillDays", { days: service.refillDays }) : t("refill")}</Badge>
        ) : (
          <Badge>{t("noRefill")}</Badge>
        )}
        {service.cancel ? <Badge tone="blue">{t("cancel")}</Badge> : null}
        {service.dripfeed ? <Badge>{t("dripfeed")}</Badge> : null}
      </div>
      {service.description ? (
        <p className="whitespace-pre-line text-slate-600" data-user-text>
          {service.description}
        </p>
      ) : null}
      <p className="flex flex-wrap gap-x-6 gap-y-1">
        <span>
          <span className="text-slate-500">{perPackage ? t("pricePerPackage") : t("pricePer1000")}: </span>
          <span className="font-medium" data-testid="service-rate">
            <PriceText amountBdt={service.rate} prefs={prefs} locale={locale} />
          </span>
        </span>
        {perPackage ? null : <span className="text-slate-600">{t("limits", { min: service.min, max: service.max })}</span>}
      </p>
      {service.type === "SUBSCRIPTIONS" ? <p className="text-amber-800">{t("subscriptions")}</p> : null}
    </div>
  );
}
