import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ContentPageEditor } from "@/components/admin/content/content-page-editor";
import { PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { DEFAULT_CONTENT } from "@/lib/content/defaults";
import { getContentRecord, isContentSlug } from "@/lib/content/pages";
import { dateTimeFormat } from "@/lib/i18n/format-date";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  if (!isContentSlug(slug)) return {};
  const [t, locale, page] = await Promise.all([getTranslations("contentPages.admin"), getLocale(), getContentRecord(slug)]);
  return { title: t("editTitle", { title: locale === "bn" ? page.titleBn : page.titleEn }) };
}

export default async function AdminContentPageEditorPage({ params }: Params) {
  await pagePermission("content.manage");
  const { slug } = await params;
  if (!isContentSlug(slug)) notFound();
  const [t, locale, page] = await Promise.all([getTranslations("contentPages.admin"), getLocale(), getContentRecord(slug)]);
  const saved = page.updatedAt
    ? page.updatedBy
      ? t("lastEdit", { date: dateTimeFormat(locale).format(page.updatedAt), editor: page.updatedBy.email })
      : t("lastEditNobody", { date: dateTimeFormat(locale).format(page.updatedAt) })
    : t("notEdited");
  return (
    <div className="space-y-4">
      <Link href="/admin/content" className="text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <PageTitle subtitle={saved}>{t("editTitle", { title: locale === "bn" ? page.titleBn : page.titleEn })}</PageTitle>
      <ContentPageEditor
        slug={slug}
        path={page.path}
        initial={{ titleEn: page.titleEn, titleBn: page.titleBn, bodyEn: page.bodyEn, bodyBn: page.bodyBn }}
        builtIn={DEFAULT_CONTENT[slug]}
      />
    </div>
  );
}
