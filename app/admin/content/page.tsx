import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ContentPagesTable } from "@/components/admin/content/content-pages-table";
import { Card, PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { listContentPages } from "@/lib/content/pages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contentPages.admin"))("title") };
}

export default async function AdminContentPagesPage() {
  await pagePermission("content.manage");
  const [t, locale, pages] = await Promise.all([getTranslations("contentPages.admin"), getLocale(), listContentPages()]);
  const rows = pages.map((page) => ({
    slug: page.slug,
    path: page.path,
    title: locale === "bn" ? page.titleBn : page.titleEn,
    updatedAt: page.updatedAt?.toISOString() ?? null,
    editor: page.updatedBy?.email ?? null,
  }));
  return (
    <div className="max-w-5xl space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card>
        <ContentPagesTable rows={rows} locale={locale} />
      </Card>
    </div>
  );
}
