import { db, type Tx } from "@/lib/db";
import { keyedOnly, storedEnglish, type StoredMessage } from "@/lib/i18n/stored-message";
import { isNotificationKind } from "./kinds";

export type Notice = {
  userId: string;
  /** A kind from ./kinds.ts (e-mail follows the user's preference) or any other key (in-app only). */
  kind: string;
  /** A message key (shown in the reader's language) or plain text. */
  title: string | StoredMessage;
  /** A message key, or people's own words (a case title, an admin's note). */
  body?: string | StoredMessage;
  /** A path inside the panel, e.g. /user/complaints/12. */
  link?: string | null;
};

type Writer = Tx | typeof db;

/**
 * Writes the in-app notice and, unless the user switched this kind off, queues its e-mail in the same
 * row (mail_status = pending). Call it inside the transaction that made the change, so the notice exists
 * exactly when the change does; the e-mail is sent after commit by `deliverPendingMail` (right away by
 * callers that can, and by the notification-mail cron for everything else). Returns the notice id.
 */
export async function notifyUser(tx: Writer, notice: Notice): Promise<string> {
  const wantsMail = isNotificationKind(notice.kind) && (await mailWanted(tx, notice.userId, notice.kind));
  const row = await tx.notification.create({
    data: { ...noticeRow(notice), mailStatus: wantsMail ? "pending" : null },
    select: { id: true },
  });
  return row.id;
}

/** The row of a notice: the English beside the keys (lib/i18n/stored-message.ts). */
export function noticeRow(notice: Notice) {
  const message = { title: keyedOnly(notice.title), body: keyedOnly(notice.body) };
  return {
    userId: notice.userId,
    kind: notice.kind,
    title: storedEnglish(notice.title).slice(0, 200),
    body: storedEnglish(notice.body ?? "").slice(0, 2000),
    ...(message.title || message.body ? { message } : {}),
    link: notice.link ?? null,
  };
}

/** The same notice to every active user of these roles (staff and admin events). Returns the ids. */
export async function notifyRoles(
  tx: Writer,
  roles: ("SUPPORT" | "ADMIN")[],
  notice: Omit<Notice, "userId">,
  options: { except?: string } = {},
): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { role: { in: roles }, status: "ACTIVE", ...(options.except ? { id: { not: options.except } } : {}) },
    select: { id: true },
  });
  const ids: string[] = [];
  for (const user of users) ids.push(await notifyUser(tx, { ...notice, userId: user.id }));
  return ids;
}

/** Whether this user wants e-mail for this kind (no stored choice = yes). For senders with their own mail. */
export async function mailWanted(tx: Writer, userId: string, kind: string): Promise<boolean> {
  const preference = await tx.notificationPreference.findUnique({ where: { userId_kind: { userId, kind } }, select: { email: true } });
  return preference?.email ?? true;
}
