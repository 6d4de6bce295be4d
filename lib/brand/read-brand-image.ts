import { storeFor } from "@/lib/complaints/attachments/file-store";
import { getSetting } from "@/lib/settings/settings";
import type { BrandImageKind } from "./brand-image";

/** The uploaded logo or favicon, streamed from its store with its type and version; null when none is set (or its file is gone). */
export async function readBrandImage(
  kind: BrandImageKind,
): Promise<{ body: ReadableStream<Uint8Array>; size: number | null; mime: string; version: string } | null> {
  const image = await getSetting(`brand.${kind}`);
  if (!image) return null;
  const file = await storeFor(image.storage).read(image.key);
  return file ? { ...file, mime: image.mime, version: image.version } : null;
}
