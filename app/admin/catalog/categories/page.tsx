import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CategoryCreateForm } from "@/components/admin/catalog/category-create-form";
import { CategoryTable } from "@/components/admin/catalog/category-table";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pagePermission } from "@/lib/auth/current-user";
import { listCategories } from "@/lib/catalog/categories";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogAdmin.categories"))("title") };
}

export default async function AdminCategoriesPage() {
  await pagePermission("catalog.manage");
  const [t, categories] = await Promise.all([getTranslations("catalogAdmin.categories"), listCategories()]);
  const items = categories.map(({ id, name, description, status, _count }) => ({
    id,
    name,
    description,
    status,
    serviceCount: _count.services,
  }));

  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card>
        <CategoryTable categories={items} empty={<EmptyState text={t("empty")} action={{ href: "#add-category", label: t("add") }} />} />
      </Card>
      <div id="add-category" className="scroll-mt-4">
        <Card title={t("add")}>
          <CategoryCreateForm />
        </Card>
      </div>
    </div>
  );
}
