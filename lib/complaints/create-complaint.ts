import { db } from "@/lib/db";
import { invalidField } from "@/lib/http/errors";
import { deliverPendingMail } from "@/lib/notifications/deliver-mail";
import { notifyRoles } from "@/lib/notifications/notify-user";
import { checkImages } from "./attachments/check-image";
import { withStoredImages } from "./attachments/save-attachments";
import { ownOrderIds, ownPaymentId } from "./links";
import type { CreateComplaintInput } from "./schemas";

/**
 * Files a case for the customer: category, owned links and images are all checked before anything is
 * written; the case, its first timeline event, links and attachments are one transaction; staff are
 * told in the same transaction and e-mailed after it.
 */
export async function createComplaint(userId: string, input: CreateComplaintInput, files: File[] = []): Promise<{ id: number }> {
  const images = await checkImages(files);
  const category = await db.complaintCategory.findFirst({ where: { id: input.categoryId, active: true }, select: { id: true } });
  if (!category) throw invalidField("categoryId", "is not a known category");
  const orderIds = await ownOrderIds(userId, input.orderIds);
  const paymentId = await ownPaymentId(userId, input.paymentId);

  const { id, notices } = await withStoredImages(images, (saved) =>
    db.$transaction(async (tx) => {
      const complaint = await tx.complaint.create({
        data: { userId, categoryId: category.id, priority: input.priority, title: input.title, description: input.description },
        select: { id: true },
      });
      const event = await tx.complaintEvent.create({ data: { complaintId: complaint.id, authorId: userId, kind: "created", toStatus: "OPEN", body: input.description }, select: { id: true } });
      if (orderIds.length) await tx.complaintLink.createMany({ data: orderIds.map((orderId) => ({ complaintId: complaint.id, kind: "order", orderId })) });
      if (paymentId) await tx.complaintLink.create({ data: { complaintId: complaint.id, kind: "payment", paymentId } });
      if (saved.length) {
        await tx.complaintAttachment.createMany({
          data: saved.map((file) => ({ complaintId: complaint.id, eventId: event.id, storage: file.storage, storageKey: file.key, fileName: file.fileName, mime: file.mime, size: file.size })),
        });
      }
      const notices = await notifyRoles(tx, ["SUPPORT", "ADMIN"], {
        kind: "complaint.new",
        title: `New case #${complaint.id}: ${input.title}`,
        body: `Priority ${input.priority.toLowerCase()}.`,
        link: `/admin/complaints/${complaint.id}`,
      });
      return { id: complaint.id, notices };
    }),
  );
  await deliverPendingMail({ ids: notices });
  return { id };
}
