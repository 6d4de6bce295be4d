import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { listCategories } from "@/lib/catalog/categories";
import { formatAmount, numberFormat } from "@/lib/i18n/format-number";
import { listCustomerPrices, listPriceGroups } from "@/lib/pricing/list-prices";
import { percentText } from "@/lib/pricing/percent-text";
import { AssignPriceGroupForm } from "./assign-price-group-form";
import { CustomerPriceForm } from "./customer-price-form";
import { RemoveCustomerPriceButton } from "./remove-customer-price-button";

/** A customer's prices on their admin page: their price group, their own prices, and a form to add one. */
export async function CustomerPrices({ userId, priceGroupId }: { userId: string; priceGroupId: string | null }) {
  const [t, locale, groups, prices, categories] = await Promise.all([
    getTranslations("pricing.customer"),
    getLocale(),
    listPriceGroups(),
    listCustomerPrices(userId),
    listCategories(),
  ]);
  const digits = numberFormat(locale, 0);
  const describe = (price: (typeof prices)[number]) => {
    if (price.scope === "SERVICE" && price.service && price.rate)
      return t("rows.SERVICE", {
        id: digits.format(price.service.id),
        name: price.service.name,
        rate: formatAmount(price.rate, locale),
        list: formatAmount(price.service.listRate, locale),
      });
    const percent = percentText(price.percent ?? "0", locale);
    return price.scope === "CATEGORY" ? t("rows.CATEGORY", { name: price.category?.name ?? "", percent }) : t("rows.ALL", { percent });
  };

  return (
    <Card title={t("title")}>
      <p className="mb-4 text-sm text-slate-600">{t("lead")}</p>
      <AssignPriceGroupForm
        userId={userId}
        groupId={priceGroupId}
        groups={groups.map((group) => ({ id: group.id, name: group.name, label: `${group.name} (${percentText(group.percent, locale)})` }))}
      />
      <h3 className="mt-6 mb-2 text-sm font-semibold text-slate-800">{t("own")}</h3>
      {prices.length === 0 ? (
        <p className="mb-4 text-sm text-slate-500">{t("none")}</p>
      ) : (
        <ul className="mb-4 divide-y divide-slate-200 text-sm" data-testid="customer-prices">
          {prices.map((price) => (
            <li key={price.id} className="flex items-center justify-between gap-4 py-2">
              <span>{describe(price)}</span>
              <RemoveCustomerPriceButton userId={userId} priceId={price.id} label={describe(price)} />
            </li>
          ))}
        </ul>
      )}
      <CustomerPriceForm userId={userId} categories={categories.map((category) => ({ id: category.id, name: category.name }))} />
    </Card>
  );
}
