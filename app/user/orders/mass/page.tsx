import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MassOrderForm } from "@/components/orders/mass-order-form";
import { Card, PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";
import { MASS_ORDER_MAX_LINES } from "@/lib/orders/create-mass-orders";
import { displayPrefs } from "@/lib/users/display-prefs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders.mass"))("title") };
}

export default async function MassOrderPage() {
  const user = await pageUser();
  const [t, locale, prefs] = await Promise.all([getTranslations("orders.mass"), getLocale(), displayPrefs(user.id)]);
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Link href="/user/orders/create" className="inline-block text-sm text-brand-700 hover:underline">
        {t("backToSingle")}
      </Link>
      <Card>
        <MassOrderForm maxLines={MASS_ORDER_MAX_LINES} prefs={prefs} locale={locale} />
      </Card>
    </div>
  );
}
