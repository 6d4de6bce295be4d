import { ServiceRows } from "@/components/services/service-rows";
import type { CatalogCategory } from "@/components/orders/catalog-types";
import type { ServiceGroup } from "@/components/orders/service-search";
import { Card } from "@/components/ui/card";
import type { DisplayPrefs } from "@/lib/users/display-prefs";

type Props = {
  groups: ServiceGroup[];
  categories: CatalogCategory[];
  prefs: DisplayPrefs;
  locale: string;
  orderHref?: (serviceId: number) => string;
};

/** The catalogue as the services pages show it: a card per category (with its description), its services in rows. */
export function ServiceCategoryCards({ groups, categories, prefs, locale, orderHref }: Props) {
  return groups.map((group) => {
    const description = categories.find((one) => one.id === group.key)?.description;
    return (
      <Card key={group.key} title={<span data-user-text>{group.name}</span>} className="max-sm:p-4">
        {description ? (
          <p className="-mt-2 mb-3 text-sm text-slate-600" data-user-text>
            {description}
          </p>
        ) : null}
        <ServiceRows services={group.services} prefs={prefs} locale={locale} orderHref={orderHref} />
      </Card>
    );
  });
}
