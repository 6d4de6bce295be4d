import { hitRateLimit, type RateLimitRule } from "@/lib/cache/rate-limit";
import { db } from "@/lib/db";
import { invalidField, tooManyRequests } from "@/lib/errors/app-error";
import { deliverPendingMail } from "@/lib/notifications/deliver-mail";
import { notifyRoles } from "@/lib/notifications/notify-user";
import { checkImages, MAX_IMAGES } from "./attachments/check-image";
import { claimDirectUploads } from "./attachments/claim-direct-uploads";
import { withStoredImages } from "./attachments/save-attachments";
import { ownOrderIds, ownPaymentId } from "./links";
import type { CreateComplaintInput } from "./schemas";

/** Each new case may carry 25 MB of images and e-mails every staff member: a generous cap per customer. */
export const NEW_CASES_PER_USER: RateLimitRule = { name: "complaint-create", limit: 20, windowSeconds: 60 * 60 };

/**
 * Files a case for the customer: category, owned links and images are all checked before anything is
 * written; the case, its first timeline event, links and attachments are one transaction; staff are
 * told in the same transaction and e-mailed after it.
 */
export async function createComplaint(userId: string, input: CreateComplaintInput, files: File[] = []): Promise<{ id: number }> {
  const limit = await hitRateLimit(NEW_CASES_PER_USER, userId);
  if (!limit.allowed)
    throw tooManyRequests(limit.retryAfterSeconds, "Too many new cases in an hour. Add to an open case, or try again later.");
  const uploadIds = input.uploadIds ?? [];
  if (files.length + uploadIds.length > MAX_IMAGES) throw invalidField("files", "validation.complaint.tooManyImages", { max: MAX_IMAGES });
  const images = await checkImages(files);
  const category = await db.complaintCategory.findFirst({ where: { id: input.categoryId, active: true }, select: { id: true } });
  if (!category) throw invalidField("categoryId", "validation.complaint.unknownCategory");
  const orderIds = await ownOrderIds(userId, input.orderIds);
  const paymentId = await ownPaymentId(userId, input.paymentId);

  const { id, notices } = await withStoredImages(images, (stored) =>
    db.$transaction(async (tx) => {
      const saved = [...stored, ...(await claimDirectUploads(tx, userId, uploadIds))];
      const complaint = await tx.complaint.create({
        data: { userId, categoryId: category.id, priority: input.priority, title: input.title, description: input.description },
        select: { id: true },
      });
      const event = await tx.complaintEvent.create({
        data: { complaintId: complaint.id, authorId: userId, kind: "created", toStatus: "OPEN", body: input.description },
        select: { id: true },
      });
      if (orderIds.length)
        await tx.complaintLink.createMany({ data: orderIds.map((orderId) => ({ complaintId: complaint.id, kind: "order", orderId })) });
      if (paymentId) await tx.complaintLink.create({ data: { complaintId: complaint.id, kind: "payment", paymentId } });
      if (saved.length) {
        await tx.complaintAttachment.createMany({
          data: saved.map((file) => ({
            complaintId: complaint.id,
            eventId: event.id,
            storage: file.storage,
            storageKey: file.key,
            fileName: file.fileName,
            mime: file.mime,
            size: file.size,
          })),
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
