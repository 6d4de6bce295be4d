import type { BrandImage } from "./schemas";

/** Public URLs of the uploaded images (the version busts caches when one is replaced); null = built-in. Pure: client code may use it. */
export function brandImageUrl(image: BrandImage, which: "logo" | "favicon"): string | null {
  return image ? `/brand/${which}?v=${encodeURIComponent(image.version)}` : null;
}
