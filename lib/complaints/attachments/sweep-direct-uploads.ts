import { db } from "@/lib/db";
import { logger } from "@/lib/log/logger";
import { directUploadsEnabled, directUploadStore, type DirectUploadStore } from "./direct-upload-store";

/** A presigned URL lives 10 minutes; an upload not confirmed within an hour is not coming. */
export const AWAITING_UPLOAD_MINUTES = 60;
/** Time to finish writing the case after the images went up. */
export const READY_UPLOAD_HOURS = 24;
const BATCH = 100;

/**
 * Deletes the direct uploads nobody attached: unconfirmed after an hour, or confirmed but unused after
 * a day. Rows are claimed (DELETING) before the files are deleted at UploadThing by customId, and the
 * rows go only after UploadThing said yes — a failed delete is retried by the next sweep, never lost.
 */
export async function sweepDirectUploads(now = new Date(), store?: DirectUploadStore): Promise<{ deleted: number; failed: number }> {
  if (!store && !directUploadsEnabled()) return { deleted: 0, failed: 0 };
  const uploads = store ?? directUploadStore();
  const awaitingBefore = new Date(now.getTime() - AWAITING_UPLOAD_MINUTES * 60_000);
  const readyBefore = new Date(now.getTime() - READY_UPLOAD_HOURS * 3_600_000);
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE pending_uploads SET status = 'DELETING'
    WHERE id IN (
      SELECT id FROM pending_uploads
      WHERE status = 'DELETING'
         OR (status = 'AWAITING' AND created_at < ${awaitingBefore})
         OR (status = 'READY' AND ready_at < ${readyBefore})
      ORDER BY created_at
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED)
    RETURNING id::text`;
  const ids = claimed.map((row) => row.id);
  if (ids.length === 0) return { deleted: 0, failed: 0 };
  try {
    await uploads.removeByCustomId(ids);
  } catch (error) {
    logger.error({ err: error, count: ids.length }, "could not delete unattached uploads at UploadThing; the next sweep retries");
    return { deleted: 0, failed: ids.length };
  }
  await db.pendingUpload.deleteMany({ where: { id: { in: ids }, status: "DELETING" } });
  return { deleted: ids.length, failed: 0 };
}
