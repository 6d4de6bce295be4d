import type { Tx } from "@/lib/db";
import { notifyUser } from "@/lib/notifications/notify-user";
import type { Actor } from "./actor";
import type { ComplaintStatusName } from "./lifecycle";

type CaseChange = {
  complaintId: number;
  actor: Actor;
  staff: boolean;
  change: { replied: boolean; reopened: boolean; statusTo: ComplaintStatusName | null; assignedTo: string | null };
};

/**
 * Who hears about a change, inside its transaction: the customer of staff replies and status changes;
 * the assignee of the customer's replies and of being assigned. Nobody is told of their own action.
 * Returns the notice ids (their e-mails go out after commit).
 */
export async function notifyCaseChange(tx: Tx, { complaintId, actor, staff, change }: CaseChange): Promise<string[]> {
  const complaint = await tx.complaint.findUniqueOrThrow({
    where: { id: complaintId },
    select: { userId: true, title: true, assigneeId: true },
  });
  const ids: string[] = [];
  const customerLink = `/user/complaints/${complaintId}`;
  const staffLink = `/admin/complaints/${complaintId}`;
  if (staff && complaint.userId !== actor.id) {
    if (change.statusTo) {
      ids.push(
        await notifyUser(tx, {
          userId: complaint.userId,
          kind: "complaint.status",
          title: { key: "stored.notice.caseStatus", values: { id: complaintId, status: change.statusTo } },
          body: complaint.title,
          link: customerLink,
        }),
      );
    } else if (change.replied) {
      ids.push(
        await notifyUser(tx, {
          userId: complaint.userId,
          kind: "complaint.reply",
          title: { key: "stored.notice.caseReply", values: { id: complaintId } },
          body: complaint.title,
          link: customerLink,
        }),
      );
    }
  }
  if (!staff && complaint.assigneeId && complaint.assigneeId !== actor.id && (change.replied || change.statusTo)) {
    const what = change.reopened
      ? "reopened by the customer's reply"
      : change.statusTo
        ? `${label(change.statusTo)} by the customer`
        : "has a new reply from the customer";
    ids.push(
      await notifyUser(tx, {
        userId: complaint.assigneeId,
        kind: "complaint.reply",
        title: `Case #${complaintId} ${what}`,
        body: complaint.title,
        link: staffLink,
      }),
    );
  }
  if (change.assignedTo && change.assignedTo !== actor.id) {
    ids.push(
      await notifyUser(tx, {
        userId: change.assignedTo,
        kind: "complaint.assigned",
        title: `Case #${complaintId} was assigned to you`,
        body: complaint.title,
        link: staffLink,
      }),
    );
  }
  return ids;
}

function label(status: ComplaintStatusName): string {
  return status.toLowerCase().replace("_", " ");
}
