import { db } from "@/lib/db";
import type { Money } from "@/lib/money/money";
import { deliverPendingMail } from "@/lib/notifications/deliver-mail";
import { notifyRoles } from "@/lib/notifications/notify-user";
import { levelsBetterThan, type BalanceLevel } from "./balance-level";

type Reading = {
  provider: { id: string; name: string; lowBalanceThreshold: { toString(): string } | null };
  balance: Money;
  currency: string;
  level: BalanceLevel | null;
};

/**
 * Alerts admins once per crossing. `providers.balance_alert_level` is the level they were last told
 * about: a reading worse than it (fine → low, fine → out, low → out) claims the alert with a guarded
 * update, so of many concurrent refreshes exactly one notifies; a reading as bad or better never
 * alerts. A better reading lowers the stored level (out → low; at/above the threshold → null), so
 * the next crossing alerts again. Returns whether this call sent the alert.
 */
export async function alertBalanceLevel({ provider, balance, currency, level }: Reading): Promise<boolean> {
  if (level === null) {
    await db.provider.updateMany({ where: { id: provider.id, balanceAlertLevel: { not: null } }, data: { balanceAlertLevel: null } });
    return false;
  }
  const better = levelsBetterThan(level);
  const claimed = await db.provider.updateMany({
    where: {
      id: provider.id,
      OR: better.map((stored) => (stored === null ? { balanceAlertLevel: null } : { balanceAlertLevel: stored })),
    },
    data: { balanceAlertLevel: level, lowBalanceAlertedAt: new Date() },
  });
  if (claimed.count === 0) {
    // Already told about this level or a worse one; out → low lowers it so a new fall to zero alerts.
    if (level === "LOW")
      await db.provider.updateMany({ where: { id: provider.id, balanceAlertLevel: "OUT" }, data: { balanceAlertLevel: "LOW" } });
    return false;
  }
  const amount = `${balance.toString()} ${currency}`;
  const threshold = provider.lowBalanceThreshold === null ? null : `${provider.lowBalanceThreshold.toString()} ${currency}`;
  const notices = await notifyRoles(db, ["ADMIN"], {
    kind: "provider.balance_low",
    title: level === "OUT" ? `Provider "${provider.name}" is out of funds` : `Provider "${provider.name}" balance is low`,
    link: `/admin/providers/${provider.id}`,
    body:
      level === "OUT"
        ? `The balance of provider "${provider.name}" is ${amount}. Orders will fail with "not enough funds" until it is topped up.`
        : `The balance of provider "${provider.name}" is ${amount}, below the threshold of ${threshold}. Orders may fail with "not enough funds" until it is topped up.`,
  });
  await deliverPendingMail({ ids: notices });
  return true;
}
