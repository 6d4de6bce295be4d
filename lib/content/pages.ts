import { cache } from "react";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/config";
import { DEFAULT_CONTENT, type ContentTexts } from "./defaults";
import { CONTENT_PAGES, contentPagePath, type ContentSlug } from "./slugs";

// The storefront's written pages as readers and the admin see them: the saved row, or the built-in text
// (./defaults.ts) while none is saved. The table of slugs and paths is ./slugs.ts (pure, for client code).
export { CONTENT_PAGES, CONTENT_SLUGS, contentPagePath, isContentSlug, type ContentSlug } from "./slugs";

export type ContentPageView = {
  slug: ContentSlug;
  path: string;
  title: string;
  /** Markdown (render it with components/content/markdown.tsx, never as HTML). */
  body: string;
  /** The language of `title` and `body`: English for a Bengali reader while the Bengali text is empty. */
  contentLocale: AppLocale;
  /** When it was last saved; null while the built-in text is shown. */
  updatedAt: Date | null;
};

export type ContentPageRecord = ContentTexts & {
  slug: ContentSlug;
  path: string;
  updatedAt: Date | null;
  /** Who saved it last (null: built-in text, or the editor's account is gone). */
  updatedBy: { id: string; email: string; fullName: string | null } | null;
};

const SELECT = {
  slug: true,
  titleEn: true,
  titleBn: true,
  bodyEn: true,
  bodyBn: true,
  updatedAt: true,
  updatedBy: { select: { id: true, email: true, fullName: true } },
} as const;

type Row = { titleEn: string; titleBn: string; bodyEn: string; bodyBn: string; updatedAt: Date; updatedBy: ContentPageRecord["updatedBy"] };

function record(slug: ContentSlug, row: Row | null | undefined): ContentPageRecord {
  const path = contentPagePath(slug);
  if (!row) return { slug, path, ...DEFAULT_CONTENT[slug], updatedAt: null, updatedBy: null };
  const { titleEn, titleBn, bodyEn, bodyBn, updatedAt, updatedBy } = row;
  return { slug, path, titleEn, titleBn, bodyEn, bodyBn, updatedAt, updatedBy };
}

/** Both languages of one page, with who saved it last: for the editor. */
export async function getContentRecord(slug: ContentSlug): Promise<ContentPageRecord> {
  return record(slug, await db.contentPage.findUnique({ where: { slug }, select: SELECT }));
}

/**
 * One page in the reader's language (read once per request). A Bengali reader gets the Bengali text, or
 * the English page while the Bengali text is empty.
 */
export const getContentPage = cache(async (slug: ContentSlug, locale: AppLocale): Promise<ContentPageView> => {
  const page = await getContentRecord(slug);
  const english = { title: page.titleEn, body: page.bodyEn, contentLocale: "en" as const };
  const text =
    locale === "bn" && page.bodyBn.trim() !== "" ? { title: page.titleBn, body: page.bodyBn, contentLocale: "bn" as const } : english;
  return { slug, path: page.path, ...text, updatedAt: page.updatedAt };
});

/** The four pages in the table's order, for the admin's list. */
export async function listContentPages(): Promise<ContentPageRecord[]> {
  const rows = await db.contentPage.findMany({ select: SELECT });
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return CONTENT_PAGES.map(({ slug }) => record(slug, bySlug.get(slug)));
}

/** The public pages and when each last changed (null: built-in text), for the sitemap. */
export async function publicContentPages(): Promise<{ slug: ContentSlug; path: string; updatedAt: Date | null }[]> {
  const rows = await db.contentPage.findMany({ select: { slug: true, updatedAt: true } });
  const changed = new Map(rows.map((row) => [row.slug, row.updatedAt]));
  return CONTENT_PAGES.map(({ slug, path }) => ({ slug, path, updatedAt: changed.get(slug) ?? null }));
}
