import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ManualOrderForm } from "@/components/admin/orders/manual-order-form";
import { Card, PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ordersAdmin.manual"))("title") };
}

export default async function ManualOrderPage() {
  await pagePermission("orders.manage");
  const t = await getTranslations("ordersAdmin");
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/orders" className="text-sm text-brand-700 hover:underline">
          ← {t("list.title")}
        </Link>
      </div>
      <PageTitle subtitle={t("manual.subtitle")}>{t("manual.title")}</PageTitle>
      <Card className="max-w-3xl">
        <ManualOrderForm />
      </Card>
    </div>
  );
}
