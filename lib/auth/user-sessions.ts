import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

/**
 * A row for a new signed-in browser; its id goes into the session cookie as `sid`. `secondFactorPassed`
 * when the sign-in checked a TOTP or recovery code (session.ts reads it against the account's enrolment).
 */
export async function startSession(userId: string, options: { secondFactorPassed?: boolean } = {}): Promise<string> {
  const id = randomBytes(18).toString("base64url");
  await db.userSession.create({ data: { id, userId, secondFactorAt: options.secondFactorPassed ? new Date() : null } });
  return id;
}

/** Signing out: the cookie's row goes, and the cookie (or any copy of it) no longer signs anyone in. */
export async function endSession(sessionId: unknown): Promise<void> {
  if (typeof sessionId !== "string" || sessionId === "") return;
  await db.userSession.deleteMany({ where: { id: sessionId } });
}
