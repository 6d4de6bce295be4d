import type { Tx } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import type { ImageMime } from "./check-image";
import type { SavedImage } from "./save-attachments";

/**
 * Inside the transaction that records a case or reply: takes the customer's confirmed direct uploads
 * (deleting their pending rows, so the attachment rows become their only owner). One DELETE … RETURNING,
 * so two requests naming the same upload cannot both attach it.
 */
export async function claimDirectUploads(tx: Tx, userId: string, uploadIds: readonly string[]): Promise<SavedImage[]> {
  const ids = [...new Set(uploadIds)];
  if (ids.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string; key: string; file_name: string; mime: string; size: number }[]>`
    DELETE FROM pending_uploads
    WHERE id = ANY(${ids}::uuid[]) AND user_id = ${userId} AND status = 'READY'
    RETURNING id::text, key, file_name, mime, size`;
  if (rows.length !== ids.length) throw invalidField("uploadIds", "validation.complaint.uploadGone");
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id)!;
    return { storage: "uploadthing", key: row.key, fileName: row.file_name, mime: row.mime as ImageMime, size: row.size };
  });
}
