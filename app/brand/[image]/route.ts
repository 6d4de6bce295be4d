import { z } from "zod";
import { BRAND_IMAGES, type BrandImageKind } from "@/lib/brand/brand-image";
import { readBrandImage } from "@/lib/brand/read-brand-image";
import { notFound } from "@/lib/errors/app-error";
import { route } from "@/lib/http/route";

const params = z.object({ image: z.string().max(20) });
const query = z.object({ v: z.string().max(40).optional() });

/**
 * The uploaded logo or favicon, public (pages, e-mails and the browser tab show them). A URL with the
 * current version (`brandImageUrl`) never changes content, so it is cached for a year; any other asks
 * again soon. 404 when none is uploaded: pages then show the built-in ones.
 */
export const GET = route({ auth: "public", params, query }, async ({ params: { image }, query: { v } }) => {
  if (!(BRAND_IMAGES as readonly string[]).includes(image)) throw notFound("Image");
  const file = await readBrandImage(image as BrandImageKind);
  if (!file) throw notFound("Image");
  return new Response(file.body, {
    headers: {
      "content-type": file.mime,
      ...(file.size !== null ? { "content-length": String(file.size) } : {}),
      "cache-control": v === file.version ? "public, max-age=31536000, immutable" : "public, max-age=60",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'",
    },
  });
});
