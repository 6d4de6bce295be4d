import { db } from "@/lib/db";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { alreadyOn } from "./errors";
import { newTotpSecret } from "./totp-rules";

/**
 * Begins setting up the second factor: a new random secret, sealed, kept on the account while it is
 * not yet on. Starting again replaces an unconfirmed secret; an account where it is on is refused.
 */
export async function startEnrolment(userId: string): Promise<void> {
  const { count } = await db.user.updateMany({
    where: { id: userId, totpEnabledAt: null },
    data: { totpSecret: encryptSecret(newTotpSecret()), totpLastStep: null },
  });
  if (count !== 1) throw alreadyOn();
}
