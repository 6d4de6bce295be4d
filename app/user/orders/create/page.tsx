import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OrderForm } from "@/components/orders/order-form";
import { Card, PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";
import { listFavoriteServiceIds } from "@/lib/catalog/favorite-services";
import { listCustomerServices } from "@/lib/pricing/customer-catalog";
import { displayPrefs } from "@/lib/users/display-prefs";
import { getBalance } from "@/lib/users/get-user";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders.create"))("title") };
}

/** New order; `?service=<id>` starts with that service chosen (an unknown or inactive id starts with none). */
export default async function CreateOrderPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await pageUser();
  const { service } = await readSearchParams(searchParams);
  const [t, locale, categories, favoriteIds, prefs, balance] = await Promise.all([
    getTranslations("orders.create"),
    getLocale(),
    listCustomerServices(user.id),
    listFavoriteServiceIds(user.id),
    displayPrefs(user.id),
    getBalance(user.id),
  ]);
  const initialServiceId = service && /^\d{1,9}$/.test(service) ? Number(service) : undefined;
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Link href="/user/orders/mass" className="inline-block text-sm text-brand-700 hover:underline">
        {t("massLink")}
      </Link>
      <Card>
        <OrderForm
          categories={categories}
          favoriteIds={favoriteIds}
          balance={balance}
          prefs={prefs}
          locale={locale}
          initialServiceId={initialServiceId}
        />
      </Card>
    </div>
  );
}
