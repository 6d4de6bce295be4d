import { db } from "@/lib/db";
import { announcementNotice } from "./announcement-notice";
import { recipientsWhere } from "./recipients";

/** Customers per batch: one transaction inserts their notices and moves the cursor past them. */
export const NOTICE_BATCH = 500;
/** A fan-out not touched for this long (no batch committed) has lost its run: the sweep carries it on. */
export const STALLED_AFTER_MINUTES = 10;

/**
 * more: a batch was committed and there may be more; done: every recipient has theirs (now or before);
 * stopped: the announcement is archived or gone; raced: another run moved the cursor first, so this
 * batch was rolled back and wrote nothing.
 */
export type NoticeBatch = { outcome: "more" | "done" | "stopped" | "raced"; sent: number };

class CursorMoved extends Error {}

/**
 * One batch of an announcement's notices, "in batches, once": the next `batchSize` recipients after the
 * cursor (by user id) get their notice, and in the same transaction the cursor moves past them with an
 * update guarded on the cursor this batch started from. If another run moved it first, that update
 * changes no row and the whole batch is rolled back, so nobody gets a second notice however often a
 * batch is retried or duplicated; a run that died resumes from the committed cursor. The last batch
 * (fewer than `batchSize`) also records when the fan-out finished.
 */
export async function sendAnnouncementNoticeBatch(announcementId: number, options: { batchSize?: number } = {}): Promise<NoticeBatch> {
  const batchSize = options.batchSize ?? NOTICE_BATCH;
  try {
    return await db.$transaction(
      async (tx): Promise<NoticeBatch> => {
        const announcement = await tx.announcement.findUnique({ where: { id: announcementId } });
        if (!announcement || announcement.archivedAt) return { outcome: "stopped", sent: 0 };
        if (announcement.noticesSentAt) return { outcome: "done", sent: 0 };
        const cursor = announcement.noticeCursor;
        const users = await tx.user.findMany({
          where: { ...recipientsWhere(announcement.publishedAt), ...(cursor ? { id: { gt: cursor } } : {}) },
          orderBy: { id: "asc" },
          take: batchSize,
          select: { id: true },
        });
        if (users.length > 0) {
          const notice = announcementNotice(announcement);
          await tx.notification.createMany({ data: users.map((user) => ({ ...notice, userId: user.id })) });
        }
        const done = users.length < batchSize;
        const advanced = await tx.announcement.updateMany({
          where: { id: announcementId, noticeCursor: cursor, noticesSentAt: null },
          data: {
            noticeCursor: users.at(-1)?.id ?? cursor,
            noticeCount: { increment: users.length },
            ...(done ? { noticesSentAt: new Date() } : {}),
          },
        });
        if (advanced.count === 0) throw new CursorMoved();
        return { outcome: done ? "done" : "more", sent: users.length };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (error instanceof CursorMoved) return { outcome: "raced", sent: 0 };
    throw error;
  }
}

/** Fan-outs left unfinished by a run that died or an event that was lost (the sweep's work), oldest first. */
export async function findStalledAnnouncements(options: { limit?: number } = {}): Promise<number[]> {
  const rows = await db.announcement.findMany({
    where: { noticesSentAt: null, archivedAt: null, updatedAt: { lt: new Date(Date.now() - STALLED_AFTER_MINUTES * 60_000) } },
    orderBy: { id: "asc" },
    take: options.limit ?? 10,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
