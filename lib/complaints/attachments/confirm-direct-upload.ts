import { db } from "@/lib/db";
import { logger } from "@/lib/log/logger";
import { detectImage, extensionOf, IMAGE_HEAD_BYTES, MAX_IMAGE_BYTES, safeName } from "./check-image";
import { directUploadStore, type DirectUploadStore } from "./direct-upload-store";

export type ConfirmedFile = { key: string; customId: string | null; size: number };
export type Confirmation =
  | { uploadId: string; accepted: true }
  | { uploadId: string | null; accepted: false; reason: "unknown" | "empty" | "too_large" | "not_an_image" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * UploadThing's signed confirmation that a browser upload finished. The bytes are checked here, not the
 * browser's word: real size, and the type read from the first bytes. A file that fails, or that no
 * pending row of this customer claims, is deleted at UploadThing at once. A repeated confirmation of
 * the same file answers the same, without deleting anything.
 */
export async function confirmDirectUpload(
  userId: string,
  file: ConfirmedFile,
  store: DirectUploadStore = directUploadStore(),
): Promise<Confirmation> {
  const id = file.customId && UUID.test(file.customId) ? file.customId : null;
  const row = id
    ? await db.pendingUpload.findFirst({ where: { id, userId }, select: { id: true, status: true, key: true, fileName: true } })
    : null;
  if (row?.status === "READY" && row.key === file.key) return { uploadId: row.id, accepted: true };
  if (!row || row.status !== "AWAITING") return reject(store, file, null, "unknown");
  if (file.size <= 0) return reject(store, file, row.id, "empty");
  if (file.size > MAX_IMAGE_BYTES) return reject(store, file, row.id, "too_large");
  const head = await store.readHead(file.key, IMAGE_HEAD_BYTES);
  const mime = head ? await detectImage(head) : null;
  if (!mime) return reject(store, file, row.id, "not_an_image");

  const updated = await db.pendingUpload.updateMany({
    where: { id: row.id, userId, status: "AWAITING" },
    data: {
      status: "READY",
      key: file.key,
      mime,
      size: file.size,
      fileName: safeName(row.fileName, extensionOf(mime)),
      readyAt: new Date(),
    },
  });
  // The sweep took the row meanwhile: it deletes the file by its customId.
  if (updated.count === 0) return { uploadId: row.id, accepted: false, reason: "unknown" };
  return { uploadId: row.id, accepted: true };
}

async function reject(
  store: DirectUploadStore,
  file: ConfirmedFile,
  uploadId: string | null,
  reason: Exclude<Confirmation, { accepted: true }>["reason"],
): Promise<Confirmation> {
  logger.warn({ key: file.key, uploadId, reason }, "direct upload refused; deleting it at UploadThing");
  await store.remove([file.key]);
  if (uploadId) await db.pendingUpload.deleteMany({ where: { id: uploadId, status: "AWAITING" } });
  return { uploadId, accepted: false, reason };
}
