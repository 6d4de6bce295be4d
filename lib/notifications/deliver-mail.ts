import { getBrand } from "@/lib/brand/brand";
import { mailBrand } from "@/lib/brand/mail-brand";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/server-translator";
import { readNoticeMessage, storedText } from "@/lib/i18n/stored-message";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { sendMail } from "./send-mail";
import { noticeMail } from "./templates/notice";

const MAX_ATTEMPTS = 5;
/** A "sending" row older than this was left by a crash mid-send. */
export const MAIL_STUCK_AFTER_MINUTES = 10;
/** Resend remembers an idempotency key for 24 hours; past that, a retry could deliver twice. */
const RETRY_SAFE_HOURS = 23;

/**
 * Sends the e-mails queued by notifyUser: the given notices (right after their transaction), or up to
 * `limit` of the oldest pending ones (the cron). Each row is claimed with a guarded update first, so
 * overlapping runs send a message once; a failed send goes back to pending until MAX_ATTEMPTS. Every
 * send carries the key notice-<id>, so a row left in "sending" by a crash is safely sent again (the
 * transport delivers a key once) while the key is remembered, and marked failed after that.
 */
export async function deliverPendingMail(options: { ids?: string[]; limit?: number } = {}): Promise<{ sent: number; failed: number }> {
  if (options.ids && options.ids.length === 0) return { sent: 0, failed: 0 };
  if (!options.ids) await releaseStuckMail();
  const pending = await db.notification.findMany({
    where: { mailStatus: "pending", ...(options.ids ? { id: { in: options.ids } } : {}) },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 100,
    select: { id: true, userId: true, title: true, body: true, message: true, link: true },
  });
  if (pending.length === 0) return { sent: 0, failed: 0 };
  const users = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...new Set(pending.map((notice) => notice.userId))] } },
        select: { id: true, email: true, locale: true },
      })
    ).map((user) => [user.id, user]),
  );
  // Read once for the whole run: a sweep may send thousands (an announcement's notices).
  const brand = await getBrand();
  let sent = 0;
  let failed = 0;
  for (const notice of pending.filter((row) => users.has(row.userId))) {
    const claimed = await db.notification.updateMany({
      where: { id: notice.id, mailStatus: "pending" },
      data: { mailStatus: "sending", mailClaimedAt: new Date(), mailAttempts: { increment: 1 } },
    });
    if (claimed.count === 0) continue;
    const user = users.get(notice.userId)!; // notices belong to users, and users are never deleted
    try {
      await sendMail(
        {
          to: user.email,
          ...noticeMail({
            ...inLocale(notice, user.locale),
            link: notice.link,
            appUrl: env().APP_URL,
            locale: user.locale,
            brand: await mailBrand(user.locale, brand),
          }),
        },
        { idempotencyKey: `notice-${notice.id}`, panelName: brand.name },
      );
      await db.notification.update({ where: { id: notice.id }, data: { mailStatus: "sent" } });
      sent += 1;
    } catch (error) {
      const row = await db.notification.findUniqueOrThrow({ where: { id: notice.id }, select: { mailAttempts: true } });
      await db.notification.update({
        where: { id: notice.id },
        data: { mailStatus: row.mailAttempts >= MAX_ATTEMPTS ? "failed" : "pending" },
      });
      logger.error({ err: error, notificationId: notice.id }, "notice e-mail not sent");
      failed += 1;
    }
  }
  return { sent, failed };
}

/** The notice's title and body in the recipient's language (keys), else as stored. */
function inLocale(notice: { title: string; body: string; message: unknown }, locale: string) {
  const t = translatorFor(locale);
  const message = readNoticeMessage(notice.message);
  return { title: storedText(message?.title, notice.title, t), body: storedText(message?.body, notice.body, t) };
}

/** Rows a crashed sender left in "sending": back to pending while a retry cannot duplicate, else failed. */
async function releaseStuckMail(): Promise<void> {
  const stuckBefore = new Date(Date.now() - MAIL_STUCK_AFTER_MINUTES * 60_000);
  const keyForgottenBefore = new Date(Date.now() - RETRY_SAFE_HOURS * 3_600_000);
  const stuck = { mailStatus: "sending", mailClaimedAt: { lt: stuckBefore } };
  // createdAt bounds the first use of the key (the first send follows the notice's commit).
  const expired = await db.notification.updateMany({
    where: { ...stuck, createdAt: { lt: keyForgottenBefore } },
    data: { mailStatus: "failed" },
  });
  const released = await db.notification.updateMany({
    where: { ...stuck, mailAttempts: { lt: MAX_ATTEMPTS } },
    data: { mailStatus: "pending" },
  });
  const exhausted = await db.notification.updateMany({ where: stuck, data: { mailStatus: "failed" } });
  if (expired.count + released.count + exhausted.count > 0)
    logger.warn({ retried: released.count, failed: expired.count + exhausted.count }, "notice e-mails left in sending by a crash");
}
