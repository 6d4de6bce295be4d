import { db } from "@/lib/db";

export type TwoFactorSummary = { status: "off" | "enrolling" | "on"; enabledAt: Date | null; recoveryCodesLeft: number };

/** What an admin sees of a user's second factor (never the secret): on since when, codes left. */
export async function twoFactorSummary(userId: string): Promise<TwoFactorSummary> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  const status = user.totpEnabledAt ? "on" : user.totpSecret ? "enrolling" : "off";
  return { status, enabledAt: user.totpEnabledAt, recoveryCodesLeft: user._count.recoveryCodes };
}
