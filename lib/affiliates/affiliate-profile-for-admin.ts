import { db } from "@/lib/db";
import { money, toStorage } from "@/lib/money/money";
import { getSetting } from "@/lib/settings/settings";

/** A customer's affiliate figures for their admin page: own percent (or none), the setting, balance, sign-ups. */
export async function affiliateProfileForAdmin(userId: string) {
  const [user, signUps, settingPercent] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { affiliatePercent: true, affiliateBalance: true, referralVisits: true, referredBy: { select: { id: true, email: true } } },
    }),
    db.user.count({ where: { referredById: userId } }),
    getSetting("affiliates.commissionPercent"),
  ]);
  return {
    percent: user.affiliatePercent
      ? money(user.affiliatePercent)
          .toFixed(3)
          .replace(/\.?0+$/, "")
      : null,
    settingPercent,
    balance: toStorage(money(user.affiliateBalance)),
    visits: user.referralVisits,
    signUps,
    referredBy: user.referredBy,
  };
}
