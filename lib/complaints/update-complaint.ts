import { db, type Tx } from "@/lib/db";
import { conflict, forbidden, invalidField, notFound } from "@/lib/errors/app-error";
import { deliverPendingMail } from "@/lib/notifications/deliver-mail";
import { checkImages, MAX_IMAGES } from "./attachments/check-image";
import { claimDirectUploads } from "./attachments/claim-direct-uploads";
import { withStoredImages, type SavedImage } from "./attachments/save-attachments";
import { caseScope, isStaff, type Actor } from "./actor";
import { canMove, replyEffect, statusesLeadingTo, type ComplaintStatusName } from "./lifecycle";
import { notifyCaseChange } from "./notify-case";
import type { UpdateComplaintInput } from "./schemas";

type Change = { replied: boolean; reopened: boolean; statusTo: ComplaintStatusName | null; assignedTo: string | null };

/**
 * A reply, a status change (with a public note or an internal one), a priority or an assignee. Customers
 * may only reply and close their own case; anything else of theirs is a 403, someone else's case a 404.
 * The case row is locked for the transaction, every status move is a guarded update along the lifecycle,
 * and each change is a timeline event with its author.
 */
export async function updateComplaint(
  actor: Actor,
  complaintId: number,
  input: UpdateComplaintInput,
  files: File[] = [],
): Promise<{ id: number; status: ComplaintStatusName }> {
  const staff = isStaff(actor);
  if (!staff) {
    if (input.internal) throw forbidden("Only staff write internal notes.");
    if (input.priority || input.assigneeId !== undefined) throw forbidden("Only staff change priority or assignee.");
    if (input.status && input.status !== "CLOSED") throw forbidden("Customers may only close a case.");
  }
  const uploadIds = input.uploadIds ?? [];
  const imageCount = files.length + uploadIds.length;
  if (imageCount && !input.message) throw invalidField("message", "validation.complaint.messageWithImages");
  if (imageCount && input.internal) throw invalidField("files", "validation.complaint.noteNoImages");
  if (imageCount > MAX_IMAGES) throw invalidField("files", "validation.complaint.tooManyImages", { max: MAX_IMAGES });
  const existing = await db.complaint.findFirst({ where: caseScope(actor, complaintId), select: { id: true } });
  if (!existing) throw notFound("Case");
  if (input.assigneeId) await assertStaffMember(input.assigneeId);
  const images = await checkImages(files);

  const { status, notices } = await withStoredImages(images, (stored) =>
    db.$transaction(async (tx) => {
      const saved = [...stored, ...(await claimDirectUploads(tx, actor.id, uploadIds))];
      await tx.$queryRaw`SELECT id FROM complaints WHERE id = ${complaintId} FOR UPDATE`;
      const current = await tx.complaint.findUniqueOrThrow({
        where: { id: complaintId },
        select: { status: true, firstResponseAt: true, assigneeId: true, priority: true },
      });
      const by = staff ? "staff" : "customer";
      const change: Change = { replied: false, reopened: false, statusTo: null, assignedTo: null };
      let status: ComplaintStatusName = current.status;
      const now = new Date();

      if (input.status && input.status !== status) {
        if (!canMove(status, input.status, by))
          throw conflict("invalid_transition", `status: a ${status.toLowerCase()} case cannot become ${input.status.toLowerCase()}`, {
            field: "status",
          });
        // A public note travels with the status change as one event; an internal one is its own event.
        const publicNote = input.message && !input.internal ? input.message : null;
        await moveStatus(tx, complaintId, status, input.status, actor.id, publicNote, publicNote ? saved : []);
        change.statusTo = input.status;
        change.replied = Boolean(publicNote);
        status = input.status;
        if (input.message && input.internal) await addMessage(tx, complaintId, actor.id, input.message, true, []);
      } else if (input.message) {
        const effect = replyEffect(status, by);
        if (effect === "refused")
          throw conflict("case_closed", `message: a ${status.toLowerCase()} case takes no replies`, { field: "message" });
        await addMessage(tx, complaintId, actor.id, input.message, input.internal, saved);
        change.replied = !input.internal;
        if (effect === "reopen" && !input.internal) {
          await moveStatus(tx, complaintId, "RESOLVED", "OPEN", actor.id, "Reopened by the customer's reply", [], true);
          change.reopened = true;
          status = "OPEN";
        }
      } else if (input.status === status && !input.priority && input.assigneeId === undefined) {
        throw conflict("invalid_transition", `status: the case is already ${status.toLowerCase()}`, { field: "status" });
      }

      if (input.priority && input.priority !== current.priority) {
        await tx.complaint.update({ where: { id: complaintId }, data: { priority: input.priority } });
        await tx.complaintEvent.create({
          data: { complaintId, authorId: actor.id, kind: "priority", body: input.priority, internal: false },
        });
      }
      if (input.assigneeId !== undefined && input.assigneeId !== current.assigneeId) {
        await tx.complaint.update({ where: { id: complaintId }, data: { assigneeId: input.assigneeId } });
        await tx.complaintEvent.create({
          data: { complaintId, authorId: actor.id, kind: "assigned", internal: true, data: { assigneeId: input.assigneeId } },
        });
        change.assignedTo = input.assigneeId;
      }
      const publicActivity = change.replied || change.statusTo !== null || change.reopened;
      await tx.complaint.update({
        where: { id: complaintId },
        data: {
          ...(publicActivity ? { lastActivityAt: now } : {}),
          ...(staff && change.replied && !current.firstResponseAt ? { firstResponseAt: now } : {}),
        },
      });
      const notices = await notifyCaseChange(tx, { complaintId, actor, staff, change });
      return { status, notices };
    }),
  );
  await deliverPendingMail({ ids: notices });
  return { id: complaintId, status };
}

async function moveStatus(
  tx: Tx,
  complaintId: number,
  from: ComplaintStatusName,
  to: ComplaintStatusName,
  authorId: string,
  note: string | null,
  saved: SavedImage[],
  reopen = false,
) {
  const guard = reopen ? ["RESOLVED" as const] : statusesLeadingTo(to);
  const moved = await tx.complaint.updateMany({ where: { id: complaintId, status: { in: guard } }, data: { status: to } });
  if (moved.count !== 1) throw conflict("invalid_transition", `status: the case is no longer ${from.toLowerCase()}`, { field: "status" });
  const event = await tx.complaintEvent.create({
    data: { complaintId, authorId, kind: "status", fromStatus: from, toStatus: to, body: note, internal: false },
    select: { id: true },
  });
  await attach(tx, complaintId, event.id, saved);
}

async function addMessage(tx: Tx, complaintId: number, authorId: string, body: string, internal: boolean, saved: SavedImage[]) {
  const event = await tx.complaintEvent.create({
    data: { complaintId, authorId, kind: internal ? "note" : "reply", body, internal },
    select: { id: true },
  });
  await attach(tx, complaintId, event.id, saved);
}

async function attach(tx: Tx, complaintId: number, eventId: string, saved: SavedImage[]) {
  if (saved.length === 0) return;
  await tx.complaintAttachment.createMany({
    data: saved.map((file) => ({
      complaintId,
      eventId,
      storage: file.storage,
      storageKey: file.key,
      fileName: file.fileName,
      mime: file.mime,
      size: file.size,
    })),
  });
}

async function assertStaffMember(userId: string) {
  const member = await db.user.findFirst({
    where: { id: userId, role: { in: ["SUPPORT", "ADMIN"] }, status: "ACTIVE" },
    select: { id: true },
  });
  if (!member) throw invalidField("assigneeId", "validation.complaint.notStaff");
}
