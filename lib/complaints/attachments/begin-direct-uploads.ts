import { randomUUID } from "node:crypto";
import { hitRateLimit, type RateLimitRule } from "@/lib/cache/rate-limit";
import { db } from "@/lib/db";
import { invalidField, tooManyRequests } from "@/lib/errors/app-error";
import { NUL } from "@/lib/validation/no-nul";
import { IMAGE_MIMES, MAX_IMAGE_BYTES, MAX_IMAGES, type ImageMime } from "./check-image";

/** Presigned uploads a customer may ask for in an hour (each case takes at most five). */
export const DIRECT_UPLOADS_PER_USER: RateLimitRule = { name: "direct-upload", limit: 60, windowSeconds: 60 * 60 };
/** Uploaded-but-unattached images one customer may hold at once: storage nobody owns yet. */
export const MAX_WAITING_UPLOADS = 20;

export type DeclaredFile = { name: string; size: number; type: string };

/**
 * Before the browser may send images straight to UploadThing: the same rules as a form upload, on what
 * the browser declares (the bytes are checked when UploadThing confirms them), and one pending row per
 * file whose id becomes the file's customId — so every file can be found and deleted later, even one
 * whose confirmation never arrives.
 */
export async function beginDirectUploads(userId: string, files: readonly DeclaredFile[]): Promise<string[]> {
  if (files.length === 0) throw invalidField("files", "validation.complaint.chooseImage");
  if (files.length > MAX_IMAGES) throw invalidField("files", "validation.complaint.tooManyImages", { max: MAX_IMAGES });
  for (const [index, file] of files.entries()) {
    const field = `files.${index}`;
    if (file.name.includes(NUL)) throw invalidField(field, "validation.complaint.nulName");
    if (!Number.isSafeInteger(file.size) || file.size <= 0) throw invalidField(field, "validation.complaint.emptyFile");
    if (file.size > MAX_IMAGE_BYTES) throw invalidField(field, "validation.complaint.tooLarge", { name: file.name });
    if (!IMAGE_MIMES.includes(file.type as ImageMime)) throw invalidField(field, "validation.complaint.notImage", { name: file.name });
  }
  const limit = await hitRateLimit(DIRECT_UPLOADS_PER_USER, userId);
  if (!limit.allowed) throw tooManyRequests(limit.retryAfterSeconds, "Too many images in an hour. Try again later.");

  const ids = files.map(() => randomUUID());
  await db.$transaction(async (tx) => {
    // One customer's requests queue here, so two at once cannot both pass the count below.
    await tx.$queryRaw`SELECT 1 FROM users WHERE id = ${userId} FOR UPDATE`;
    const waiting = await tx.pendingUpload.count({ where: { userId, status: { in: ["AWAITING", "READY"] } } });
    if (waiting + files.length > MAX_WAITING_UPLOADS) {
      throw invalidField("files", "validation.complaint.uploadsWaiting", { count: waiting });
    }
    await tx.pendingUpload.createMany({
      data: files.map((file, index) => ({ id: ids[index], userId, fileName: file.name.slice(0, 200), declaredSize: file.size })),
    });
  });
  return ids;
}
