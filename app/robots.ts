import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/storefront/seo";

export const dynamic = "force-dynamic"; // APP_URL is read at run time, not at build time

/** Search engines may read the storefront; signed-in areas and the API are not for them. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/user", "/api/"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
