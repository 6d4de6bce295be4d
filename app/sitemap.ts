import type { MetadataRoute } from "next";
import { publicContentPages } from "@/lib/content/pages";
import { absoluteUrl, PUBLIC_PATHS } from "@/lib/storefront/seo";

export const dynamic = "force-dynamic"; // APP_URL and the pages' edit dates are read at run time

/** The storefront's pages, each with its Bengali address beside it; the written pages say when they last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const edited = new Map((await publicContentPages()).map((page) => [page.path as string, page.updatedAt]));
  return PUBLIC_PATHS.map((path) => ({
    url: absoluteUrl(path),
    ...(edited.get(path) ? { lastModified: edited.get(path)! } : {}),
    changeFrequency: path === "/services" ? "daily" : "weekly",
    priority: path === "/" ? 1 : 0.7,
    alternates: { languages: { en: absoluteUrl(path), bn: absoluteUrl(`${path}?lang=bn`) } },
  }));
}
