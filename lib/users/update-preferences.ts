import { db } from "@/lib/db";

/** The user's own language, remembered on the account. */
export async function updateLocale(userId: string, locale: "en" | "bn") {
  await db.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}
