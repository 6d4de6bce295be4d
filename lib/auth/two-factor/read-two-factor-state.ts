import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto/secret-box";
import { qrDataUrl } from "./qr-svg";
import { groupedSecret, otpauthUri } from "./totp-rules";

export type TwoFactorState =
  | { status: "off" }
  | { status: "enrolling"; secret: string; grouped: string; qr: string }
  | { status: "on"; enabledAt: Date; recoveryCodesLeft: number };

/**
 * What the security page shows: off; being set up (the QR code and the secret as text, readable only
 * by its owner while it is not yet on); or on, with how many recovery codes are left.
 */
export async function readTwoFactorState(userId: string, labels: { email: string; issuer: string }): Promise<TwoFactorState> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  if (user.totpEnabledAt) return { status: "on", enabledAt: user.totpEnabledAt, recoveryCodesLeft: user._count.recoveryCodes };
  if (!user.totpSecret) return { status: "off" };
  const secret = decryptSecret(user.totpSecret);
  return { status: "enrolling", secret, grouped: groupedSecret(secret), qr: await qrDataUrl(otpauthUri(secret, labels)) };
}
