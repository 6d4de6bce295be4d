import type { MetadataRoute } from "next";
import { absoluteUrl, PUBLIC_PATHS } from "@/lib/storefront/seo";

export const dynamic = "force-dynamic"; // APP_URL is read at run time, not at build time

/** The storefront's pages, each with its Bengali address beside it. */
export default function sitemap(): MetadataRoute.Sitemap {
  return PUBLIC_PATHS.map((path) => ({
    url: absoluteUrl(path),
    changeFrequency: path === "/services" ? "daily" : "weekly",
    priority: path === "/" ? 1 : 0.7,
    alternates: { languages: { en: absoluteUrl(path), bn: absoluteUrl(`${path}?lang=bn`) } },
  }));
}
