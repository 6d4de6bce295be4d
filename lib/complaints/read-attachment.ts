import { db } from "@/lib/db";
import { notFound } from "@/lib/http/errors";
import { isStaff, type Actor } from "./actor";
import { storeFor } from "./attachments/file-store";

/**
 * An attachment's bytes for the case's owner or staff; anyone else — and a customer asking for an
 * image on an internal event — gets a 404, the same as for an id that does not exist.
 */
export async function readAttachment(actor: Actor, attachmentId: string): Promise<{ bytes: Uint8Array; mime: string; fileName: string }> {
  const where = isStaff(actor) ? { id: attachmentId } : { id: attachmentId, complaint: { userId: actor.id }, event: { internal: false } };
  const row = await db.complaintAttachment.findFirst({ where, select: { storage: true, storageKey: true, mime: true, fileName: true } });
  if (!row) throw notFound("Attachment");
  const bytes = await storeFor(row.storage).read(row.storageKey);
  if (!bytes) throw notFound("Attachment");
  return { bytes, mime: row.mime, fileName: row.fileName };
}
