import { db } from "@/lib/db";
import { readNoticeMessage, type NoticeMessage } from "@/lib/i18n/stored-message";

export type NoticeView = {
  id: string;
  kind: string;
  /** The English as stored; `message` holds the keys shown in the reader's language. */
  title: string;
  body: string;
  message: NoticeMessage | null;
  link: string | null;
  read: boolean;
  createdAt: string;
};

/** The signed-in user's newest notices and how many are unread (what the bell shows). */
export async function listNotifications(
  userId: string,
  options: { take?: number; unreadOnly?: boolean } = {},
): Promise<{ items: NoticeView[]; unread: number }> {
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId, ...(options.unreadOnly ? { readAt: null } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: Math.min(options.take ?? 20, 100),
      select: { id: true, kind: true, title: true, body: true, message: true, link: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where: { userId, readAt: null } }),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      body: row.body,
      message: readNoticeMessage(row.message),
      link: row.link,
      read: row.readAt !== null,
      createdAt: row.createdAt.toISOString(),
    })),
    unread,
  };
}
