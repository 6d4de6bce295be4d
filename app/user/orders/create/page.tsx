import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OrderForm } from "@/components/orders/order-form";
import { Card, PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";
import { listActiveServices } from "@/lib/catalog/list-active-services";
import { displayPrefs } from "@/lib/users/display-prefs";
import { getBalance } from "@/lib/users/get-user";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders.create"))("title") };
}

export default async function CreateOrderPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await pageUser();
  const { service } = await readSearchParams(searchParams);
  const [t, locale, categories, prefs, balance] = await Promise.all([
    getTranslations("orders.create"),
    getLocale(),
    listActiveServices(),
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
        <OrderForm categories={categories} balance={balance} prefs={prefs} locale={locale} initialServiceId={initialServiceId} />
      </Card>
    </div>
  );
}
