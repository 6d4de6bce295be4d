import { db } from "@/lib/db";
import { normalizeEmail } from "@/lib/auth/authenticate";

export async function userFromEmail(email: string) {
  return db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true, role: true } });
}
