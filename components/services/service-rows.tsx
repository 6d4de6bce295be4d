import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { CustomerPrice } from "@/components/orders/customer-price";
import { perPackage, type CatalogService } from "@/components/orders/catalog-types";
import { numberFormat } from "@/lib/i18n/format-number";
import { localDigits } from "@/lib/i18n/local-digits";
import type { DisplayPrefs } from "@/lib/users/display-prefs";

type Props = {
  services: CatalogService[];
  prefs: DisplayPrefs;
  locale: string;
  /** Where a service's Order button leads (the order form by default; sign-up first for a visitor). */
  orderHref?: (serviceId: number) => string;
};

const orderForm = (serviceId: number) => `/user/orders/create?service=${serviceId}`;

/**
 * One category's services: id, name, price per 1,000, min–max and an Order button. A table on wider
 * screens; on a phone each row is a small card (id and name, then price and limits beside the button),
 * so nothing scrolls sideways.
 */
export function ServiceRows({ services, prefs, locale, orderHref = orderForm }: Props) {
  const t = useTranslations("services");
  const own = useTranslations("ordering.services");
  const digits = numberFormat(locale);
  return (
    <table className="w-full text-sm max-sm:block sm:table-fixed" data-testid="services-table">
      {/* The same widths in every category's table, so the columns line up down the page. */}
      <colgroup className="max-sm:hidden">
        <col className="w-12" />
        <col />
        <col className="w-32 lg:w-36" />
        <col className="w-32 lg:w-40" />
        <col className="w-24" />
      </colgroup>
      <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase max-sm:sr-only">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            {t("id")}
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            {t("service")}
          </th>
          <th scope="col" className="py-2 pr-4 text-right font-medium whitespace-nowrap">
            {t("pricePer1000")}
          </th>
          <th scope="col" className="py-2 pr-4 text-right font-medium whitespace-nowrap">
            {t("minMax")}
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            <span className="sr-only">{own("order")}</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 align-top max-sm:block">
        {services.map((service) => (
          <tr
            key={service.id}
            data-service-id={service.id}
            className="max-sm:grid max-sm:grid-cols-[2.25rem_minmax(0,1fr)_auto] max-sm:gap-x-2 max-sm:py-3"
          >
            <td className="py-2 pr-3 text-slate-500 tabular-nums max-sm:py-0">{localDigits(String(service.id), locale)}</td>
            <td className="py-2 pr-4 max-sm:col-span-2 max-sm:py-0 max-sm:pr-0">
              <div className="font-medium break-words" data-user-text>
                {service.name}
              </div>
              <div className="mt-1 flex flex-wrap gap-1 empty:hidden">
                {service.refill ? (
                  <Badge tone="green">
                    {service.refillDays ? t("refillDays", { days: digits.format(service.refillDays) }) : t("refill")}
                  </Badge>
                ) : null}
                {service.cancel ? <Badge tone="blue">{t("cancel")}</Badge> : null}
                {service.dripfeed ? <Badge tone="slate">{t("dripfeed")}</Badge> : null}
              </div>
              {service.description ? (
                <p className="mt-1 text-xs break-words whitespace-pre-line text-slate-500" data-user-text>
                  {service.description}
                </p>
              ) : null}
            </td>
            <td className="py-2 pr-4 text-right whitespace-nowrap max-sm:col-start-2 max-sm:pt-2 max-sm:pb-0 max-sm:text-left">
              <span className="text-xs text-slate-500 sm:hidden">{t("pricePer1000")}: </span>
              <span className="font-medium" data-testid="service-price">
                <CustomerPrice rate={service.rate} listRate={service.listRate} prefs={prefs} locale={locale} />
              </span>
              {perPackage(service) ? <span className="block text-xs text-slate-500">{own("perPackage")}</span> : null}
            </td>
            <td className="py-2 pr-4 text-right whitespace-nowrap tabular-nums max-sm:col-start-2 max-sm:py-0 max-sm:text-left">
              <span className="text-xs text-slate-500 sm:hidden">{t("minMax")}: </span>
              {own("limits", { min: digits.format(service.min), max: digits.format(service.max) })}
            </td>
            <td className="py-1.5 text-right max-sm:col-start-3 max-sm:row-span-2 max-sm:row-start-2 max-sm:self-end max-sm:py-0">
              <Link
                href={orderHref(service.id)}
                aria-label={own("orderLabel", { name: service.name, id: localDigits(String(service.id), locale) })}
                data-user-text // its name holds the catalogue's service name
                className={buttonClass("primary", "px-3 py-1.5")}
              >
                {own("order")}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
