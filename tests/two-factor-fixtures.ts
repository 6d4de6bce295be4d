// For integration tests: enrol an account through the real verbs, with a test clock.
import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto/secret-box";
import { startSession } from "@/lib/auth/user-sessions";
import { confirmEnrolment } from "@/lib/auth/two-factor/confirm-enrolment";
import { startEnrolment } from "@/lib/auth/two-factor/start-enrolment";
import { codeAt } from "@/lib/auth/two-factor/totp-rules";

export async function enrolledSecret(userId: string): Promise<string> {
  const row = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } });
  return decryptSecret(row.totpSecret!);
}

/** Starts and confirms enrolment at `now` (default: a fixed test clock); returns the secret, the session and the codes. */
export async function enrolWithRecoveryCodes(user: { id: string }, now = new Date(Date.UTC(2030, 5, 1, 12, 0, 5))) {
  await startEnrolment(user.id);
  const secret = await enrolledSecret(user.id);
  const sessionId = await startSession(user.id);
  const { recoveryCodes } = await confirmEnrolment({ id: user.id, sessionId }, codeAt(secret, now), { now });
  return { secret, sessionId, recoveryCodes };
}
