import { db, type Prisma } from "@/lib/db";

/** The notification kind of an announcement's notice (lib/notifications/kinds.ts: its switch stops the notice). */
export const ANNOUNCEMENT_KIND = "announcement";

/**
 * Who gets an announcement's notice: active customers who have not switched announcements off, and who
 * were already customers when it was published (later ones see it on their dashboard).
 */
export function recipientsWhere(publishedAt?: Date): Prisma.UserWhereInput {
  return {
    role: "CUSTOMER",
    status: "ACTIVE",
    notificationPrefs: { none: { kind: ANNOUNCEMENT_KIND, email: false } },
    ...(publishedAt ? { createdAt: { lte: publishedAt } } : {}),
  };
}

/** How many customers a new announcement would reach now (what the admin's confirmation says). */
export function countAnnouncementRecipients(): Promise<number> {
  return db.user.count({ where: recipientsWhere() });
}
