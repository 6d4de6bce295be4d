import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MassOrderForm } from "@/components/orders/mass-order-form";
import { Card, PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";
import { listCustomerServices } from "@/lib/pricing/customer-catalog";
import { MASS_ORDER_MAX_LINES } from "@/lib/orders/mass-lines";
import { displayPrefs } from "@/lib/users/display-prefs";
import { getBalance } from "@/lib/users/get-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders.mass"))("title") };
}

/** Mass order: the catalogue and the balance come along, so the form can price every line before it is sent. */
export default async function MassOrderPage() {
  const user = await pageUser();
  const [t, locale, prefs, categories, balance] = await Promise.all([
    getTranslations("orders.mass"),
    getLocale(),
    displayPrefs(user.id),
    listCustomerServices(user.id),
    getBalance(user.id),
  ]);
  const services = categories.flatMap((category) =>
    category.services.map(({ id, name, type, rate, min, max, dripfeed }) => ({ id, name, type, rate, min, max, dripfeed })),
  );
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Link href="/user/orders/create" className="inline-block text-sm text-brand-700 hover:underline">
        {t("backToSingle")}
      </Link>
      <Card>
        <MassOrderForm maxLines={MASS_ORDER_MAX_LINES} services={services} balance={balance} prefs={prefs} locale={locale} />
      </Card>
    </div>
  );
}
