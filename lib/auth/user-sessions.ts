import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

/** A row for a new signed-in browser; its id goes into the session cookie as `sid`. */
export async function startSession(userId: string): Promise<string> {
  const id = randomBytes(18).toString("base64url");
  await db.userSession.create({ data: { id, userId } });
  return id;
}

/** Signing out: the cookie's row goes, and the cookie (or any copy of it) no longer signs anyone in. */
export async function endSession(sessionId: unknown): Promise<void> {
  if (typeof sessionId !== "string" || sessionId === "") return;
  await db.userSession.deleteMany({ where: { id: sessionId } });
}
