import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComplaintCategoryForm } from "@/components/complaints/category-form";
import { Card, PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { listComplaintCategories } from "@/lib/complaints/categories";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaintsAdmin.categories"))("title") };
}

export default async function ComplaintCategoriesPage() {
  await pagePermission("complaints.configure");
  const [t, categories] = await Promise.all([
    getTranslations("complaintsAdmin.categories"),
    listComplaintCategories({ activeOnly: false }),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card title={t("add")}>
        <ComplaintCategoryForm />
      </Card>
      <Card>
        <ul className="space-y-4">
          {categories.map((category) => (
            <li key={category.id} className="border-b border-slate-100 pb-4 last:border-0">
              <ComplaintCategoryForm category={category} />
              <p className="mt-1 text-xs text-slate-500">
                {t("cases")}: {category.cases}
              </p>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
