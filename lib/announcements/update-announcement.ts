import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { parseWith } from "@/lib/http/validation";
import type { Actor } from "./create-announcement";
import { announcementUpdateSchema, type AnnouncementUpdateInput } from "./schemas";

/**
 * Changes an announcement's texts or its importance (audited, only the fields that changed). Notices
 * already sent keep the words they were sent with, and none is sent again.
 */
export async function updateAnnouncement(input: AnnouncementUpdateInput, actor: Actor): Promise<{ id: number }> {
  const { id, ...data } = parseWith(announcementUpdateSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.announcement.findUnique({
      where: { id },
      select: { titleEn: true, titleBn: true, bodyEn: true, bodyBn: true, important: true },
    });
    if (!before) throw notFound("Announcement");
    const fields = Object.keys(data) as (keyof typeof data)[];
    const changed = fields.filter((field) => before[field] !== data[field]);
    if (changed.length === 0) return { id };
    await tx.announcement.update({ where: { id }, data });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "announcement.update",
      objectType: "announcement",
      objectId: String(id),
      before: Object.fromEntries(changed.map((field) => [field, before[field]])),
      after: Object.fromEntries(changed.map((field) => [field, data[field]])),
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return { id };
  });
}
