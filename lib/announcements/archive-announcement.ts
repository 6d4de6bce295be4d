import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { parseWith } from "@/lib/http/validation";
import type { Actor } from "./create-announcement";
import { announcementArchiveSchema } from "./schemas";

/**
 * Hides an announcement from the dashboard and the landing page (audited once; archiving it again
 * changes nothing). A fan-out still under way stops at its next batch; notices already sent stay.
 */
export async function archiveAnnouncement(input: { id: number | string }, actor: Actor): Promise<{ id: number; archived: boolean }> {
  const { id } = parseWith(announcementArchiveSchema, input);
  return db.$transaction(async (tx) => {
    const archivedAt = new Date();
    const archived = await tx.announcement.updateMany({ where: { id, archivedAt: null }, data: { archivedAt } });
    if (archived.count === 0) {
      if (!(await tx.announcement.findUnique({ where: { id }, select: { id: true } }))) throw notFound("Announcement");
      return { id, archived: false };
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "announcement.archive",
      objectType: "announcement",
      objectId: String(id),
      before: { archivedAt: null },
      after: { archivedAt: archivedAt.toISOString() },
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return { id, archived: true };
  });
}
