import { fileTypeFromBuffer } from "file-type";
import { invalidField } from "@/lib/errors/app-error";

import { MAX_IMAGE_BYTES, MAX_IMAGES } from "./limits";

export { MAX_IMAGE_BYTES, MAX_IMAGES };
const ALLOWED = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" } as const;
export type ImageMime = keyof typeof ALLOWED;
export const IMAGE_MIMES = Object.keys(ALLOWED) as ImageMime[];
/** file-type needs at most this many leading bytes to recognise JPEG, PNG and WebP. */
export const IMAGE_HEAD_BYTES = 4100;

export type CheckedImage = { bytes: Uint8Array; mime: ImageMime; ext: string; fileName: string; size: number };

/**
 * Checks every file before anything is stored: count, size, and the type read from the bytes (magic
 * numbers, via file-type) — never the name or the browser's content-type, so a renamed executable fails.
 * Errors name the field (`files`, or `files.<n>` for one file).
 */
export async function checkImages(files: File[], field = "files"): Promise<CheckedImage[]> {
  if (files.length > MAX_IMAGES) throw invalidField(field, "validation.complaint.tooManyImages", { max: MAX_IMAGES });
  const checked: CheckedImage[] = [];
  for (const [index, file] of files.entries()) {
    const name = `${field}.${index}`;
    if (file.size === 0) throw invalidField(name, "validation.complaint.emptyFile");
    if (file.size > MAX_IMAGE_BYTES) throw invalidField(name, "validation.complaint.tooLarge", { name: file.name });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mime = await detectImage(bytes);
    if (!mime) throw invalidField(name, "validation.complaint.notImage", { name: file.name });
    checked.push({ bytes, mime, ext: ALLOWED[mime], fileName: safeName(file.name, ALLOWED[mime]), size: bytes.byteLength });
  }
  return checked;
}

/** The image type read from the leading bytes (magic numbers), or null when it is not one we accept. */
export async function detectImage(head: Uint8Array): Promise<ImageMime | null> {
  const mime = (await fileTypeFromBuffer(head))?.mime as ImageMime | undefined;
  return mime && Object.hasOwn(ALLOWED, mime) ? mime : null;
}

export const extensionOf = (mime: ImageMime): string => ALLOWED[mime];

/** A display name without paths or control characters, ending in the detected extension. */
export function safeName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "image")
    .replace(/[^\p{L}\p{N}._ -]/gu, "")
    .replace(/\.[^.]*$/, "")
    .slice(0, 80)
    .trim();
  return `${base || "image"}.${ext}`;
}
