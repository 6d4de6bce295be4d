import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { parseWith } from "@/lib/http/validation";
import { dispatch } from "@/lib/jobs/dispatch";
import { announcementSchema, type AnnouncementInput } from "./schemas";

export type Actor = { id: string; ip?: string | null; requestId?: string | null };

/**
 * Publishes an announcement now (audited), then asks for its notices: the `announcement/published`
 * event (its id collapses duplicates) starts the fan-out after commit. A lost event is not fatal: the
 * announcement-notice sweep finds a fan-out nobody has touched and carries it out.
 */
export async function createAnnouncement(input: AnnouncementInput, actor: Actor): Promise<{ id: number }> {
  const data = parseWith(announcementSchema, input);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.announcement.create({ data: { ...data, createdById: actor.id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "announcement.create",
      objectType: "announcement",
      objectId: String(row.id),
      after: data,
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return row;
  });
  await dispatch("announcement/published", { announcementId: created.id }, `announcement-published-${created.id}`);
  return created;
}
