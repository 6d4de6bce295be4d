import sharp from "sharp";
import { detectImage } from "@/lib/complaints/attachments/check-image";
import { invalidField } from "@/lib/errors/app-error";

/** The two uploaded brand images: the logo (header, e-mails) and the favicon (the browser tab). */
export const BRAND_IMAGES = ["logo", "favicon"] as const;
export type BrandImageKind = (typeof BRAND_IMAGES)[number];

/** An upload may be this large before resizing (what is kept is far smaller). */
export const MAX_BRAND_IMAGE_BYTES = 2 * 1024 * 1024;
/** The logo fits this box (twice the header's 48 × 192 px, for sharp screens), keeping its aspect. */
export const LOGO_BOX = { width: 384, height: 96 } as const;
/** The favicon is a square PNG of this side, the image contained on a transparent ground. */
export const FAVICON_SIZE = 64;
/** Decoding stops past this many pixels (a small file can claim a huge canvas). */
const MAX_INPUT_PIXELS = 40_000_000;

export type PreparedBrandImage = { bytes: Uint8Array; mime: "image/png"; ext: "png"; width: number; height: number };

/**
 * Checks an uploaded logo or favicon and resizes it for where it is shown. The type is read from the
 * bytes (PNG, JPEG or WebP; never the name or the browser's content type), then the image is decoded,
 * turned upright, resized and written as PNG (which every mail client shows, with transparency).
 * Refusals name the field `file`.
 */
export async function prepareBrandImage(kind: BrandImageKind, file: File): Promise<PreparedBrandImage> {
  if (file.size === 0) throw invalidField("file", "validation.brand.emptyFile");
  if (file.size > MAX_BRAND_IMAGE_BYTES)
    throw invalidField("file", "validation.brand.tooLarge", { max: MAX_BRAND_IMAGE_BYTES / 1024 / 1024 });
  const input = new Uint8Array(await file.arrayBuffer());
  if (!(await detectImage(input))) throw invalidField("file", "validation.brand.notImage");
  try {
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate();
    const resized =
      kind === "logo"
        ? image.resize({ ...LOGO_BOX, fit: "inside", withoutEnlargement: true })
        : image.resize({ width: FAVICON_SIZE, height: FAVICON_SIZE, fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } });
    const { data, info } = await resized.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), mime: "image/png", ext: "png", width: info.width, height: info.height };
  } catch {
    // Right magic numbers, broken or oversized body: sharp's own message is no use to the owner.
    throw invalidField("file", "validation.brand.unreadable");
  }
}
