import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ManualServiceForm } from "@/components/admin/catalog/manual-service-form";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pagePermission } from "@/lib/auth/current-user";
import { listCategories } from "@/lib/catalog/categories";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogAdmin.newService"))("title") };
}

/** A service made by hand: no provider; its orders wait in /admin/orders/queue for staff. */
export default async function NewManualServicePage() {
  await pagePermission("catalog.manage");
  const [t, categories] = await Promise.all([getTranslations("catalogAdmin"), listCategories()]);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/catalog/services" className="text-sm text-brand-700 hover:underline">
          ← {t("services.title")}
        </Link>
      </div>
      <PageTitle subtitle={t("newService.subtitle")}>{t("newService.title")}</PageTitle>
      <Card>
        {categories.length === 0 ? (
          <EmptyState text={t("newService.noCategories")} action={{ href: "/admin/catalog/categories", label: t("nav.categories") }} />
        ) : (
          <ManualServiceForm categories={categories.map(({ id, name }) => ({ id, name }))} />
        )}
      </Card>
    </div>
  );
}
