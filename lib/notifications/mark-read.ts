import { db } from "@/lib/db";

/** Marks one of the user's notices read (someone else's id changes nothing), or all of them. */
export async function markNotificationsRead(userId: string, target: { id: string } | { all: true }): Promise<number> {
  const where = "id" in target ? { id: target.id, userId, readAt: null } : { userId, readAt: null };
  const { count } = await db.notification.updateMany({ where, data: { readAt: new Date() } });
  return count;
}
