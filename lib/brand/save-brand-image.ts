import { randomBytes } from "node:crypto";
import { fileStore, storeFor } from "@/lib/complaints/attachments/file-store";
import { logger } from "@/lib/log/logger";
import { getSetting, replaceSetting } from "@/lib/settings/settings";
import { prepareBrandImage, type BrandImageKind } from "./brand-image";
import type { BrandImage } from "./schemas";

type Actor = { id: string; ip?: string | null };

/**
 * Replaces the logo or the favicon: checks and resizes the upload, stores its bytes, then saves the
 * setting (audited) with a new version for the URLs. The replaced file is removed only after the
 * setting committed; if the setting fails, the new file is removed instead, so no file is left behind.
 */
export async function saveBrandImage(kind: BrandImageKind, file: File, actor: Actor): Promise<NonNullable<BrandImage>> {
  const prepared = await prepareBrandImage(kind, file);
  const stored = await fileStore().put({
    bytes: prepared.bytes,
    mime: prepared.mime,
    ext: prepared.ext,
    fileName: `${kind}.${prepared.ext}`,
    folder: "brand",
  });
  const image = { ...stored, mime: prepared.mime, width: prepared.width, height: prepared.height, version: randomBytes(6).toString("hex") };
  let previous: BrandImage;
  try {
    ({ previous } = await replaceSetting(`brand.${kind}`, image, actor));
  } catch (error) {
    await removeQuietly(stored);
    throw error;
  }
  if (previous) await removeQuietly(previous);
  return image;
}

/** Back to the built-in image: the setting goes to null (audited), then the file is removed. False when none was set. */
export async function removeBrandImage(kind: BrandImageKind, actor: Actor): Promise<boolean> {
  if (!(await getSetting(`brand.${kind}`))) return false;
  const { previous } = await replaceSetting(`brand.${kind}`, null, actor);
  if (previous) await removeQuietly(previous);
  return previous !== null;
}

/** A file nothing points at any more: a failure to delete it is logged, never the request's failure. */
async function removeQuietly(file: { storage: string; key: string }) {
  try {
    await storeFor(file.storage).remove([file.key]);
  } catch (error) {
    logger.error({ err: error, key: file.key }, "could not remove a replaced brand image");
  }
}
