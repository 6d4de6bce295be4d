import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { isStaff, type Actor } from "./actor";
import { storeFor } from "./attachments/file-store";

/**
 * An attachment's bytes (streamed from its store) for the case's owner or staff; anyone else — and a customer asking for an
 * image on an internal event — gets a 404, the same as for an id that does not exist.
 */
export async function readAttachment(
  actor: Actor,
  attachmentId: string,
): Promise<{ body: ReadableStream<Uint8Array>; size: number | null; mime: string; fileName: string }> {
  const where = isStaff(actor) ? { id: attachmentId } : { id: attachmentId, complaint: { userId: actor.id }, event: { internal: false } };
  const row = await db.complaintAttachment.findFirst({ where, select: { storage: true, storageKey: true, mime: true, fileName: true } });
  if (!row) throw notFound("Attachment");
  const file = await storeFor(row.storage).read(row.storageKey);
  if (!file) throw notFound("Attachment");
  return { ...file, mime: row.mime, fileName: row.fileName };
}
