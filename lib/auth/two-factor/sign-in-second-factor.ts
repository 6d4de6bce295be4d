import { SignInError } from "../authenticate";
import { checkSecondFactorCode } from "./check-code";
import { openPassCarry } from "./pass-carry";

/**
 * The second step of a password sign-in, after the password was right: whether the new session passed
 * the second factor. An account without one passes nothing and needs nothing; one with it needs a
 * right, unused code (or the server's own sealed pass after a password change), else the sign-in is
 * refused: `code_required` without a code, `code_invalid` for a wrong or used one, `throttled` while
 * over the code limit (even with the right code).
 */
export async function signInSecondFactor(
  user: { id: string; totpEnabledAt: Date | null },
  input: { code?: string; carry?: string; now?: Date; knownDevice?: boolean },
): Promise<boolean> {
  if (!user.totpEnabledAt) return false;
  if (input.carry && openPassCarry(input.carry, user.id, input.now)) return true;
  if (!input.code) throw new SignInError("code_required");
  const check = await checkSecondFactorCode(user.id, input.code, { now: input.now, knownDevice: input.knownDevice });
  if (check.ok) return true;
  throw check.reason === "throttled" ? new SignInError("throttled", check.retryAfterSeconds) : new SignInError("code_invalid");
}
