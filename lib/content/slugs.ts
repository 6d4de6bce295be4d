/**
 * The storefront's written pages: their slug (the `content_pages` row) and the public path each is
 * served at. One table, read by the public pages, the admin editor, the footer and the sitemap. Pure, so
 * client components and schemas may import it (the database reads are in ./pages.ts).
 */
export const CONTENT_PAGES = [
  { slug: "terms", path: "/terms" },
  { slug: "privacy", path: "/privacy" },
  { slug: "refund", path: "/refund-policy" },
  { slug: "faq", path: "/faq" },
] as const;

export type ContentSlug = (typeof CONTENT_PAGES)[number]["slug"];

export const CONTENT_SLUGS = CONTENT_PAGES.map((page) => page.slug) as [ContentSlug, ...ContentSlug[]];

export function isContentSlug(value: unknown): value is ContentSlug {
  return typeof value === "string" && (CONTENT_SLUGS as readonly string[]).includes(value);
}

/** The public path of a page ("refund" → "/refund-policy"). */
export function contentPagePath(slug: ContentSlug): string {
  return CONTENT_PAGES.find((page) => page.slug === slug)!.path;
}
