import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { deliverPendingMail } from "@/lib/notifications/deliver-mail";
import { notifyRoles } from "@/lib/notifications/notify-user";
import { providerClientFor } from "./provider-client";
import { providerProblem } from "./probe-provider";

const ALERT_AGAIN_AFTER_MS = 24 * 60 * 60 * 1000;

/** "Test connection": asks the provider for its balance, stores it, and warns admins once a day when it is low. */
export async function refreshProviderBalance(providerId: string) {
  const client = await providerClientFor(providerId, { allowDisabled: true });
  let answer: { balance: { toString(): string }; currency: string };
  try {
    answer = await client.balance();
  } catch (error) {
    throw providerProblem(error);
  }
  const balance = money(answer.balance);
  const provider = await db.provider.update({
    where: { id: providerId },
    data: { balance: balance.toString(), currency: answer.currency, balanceCheckedAt: new Date() },
    select: { id: true, name: true, lowBalanceThreshold: true },
  });
  const low = provider.lowBalanceThreshold !== null && balance.lt(money(provider.lowBalanceThreshold));
  if (!low) {
    await db.provider.updateMany({ where: { id: providerId, lowBalanceAlertedAt: { not: null } }, data: { lowBalanceAlertedAt: null } });
  } else {
    // Guarded update: of many concurrent checks, one sends the alert.
    const cutoff = new Date(Date.now() - ALERT_AGAIN_AFTER_MS);
    const claimed = await db.provider.updateMany({
      where: { id: providerId, OR: [{ lowBalanceAlertedAt: null }, { lowBalanceAlertedAt: { lt: cutoff } }] },
      data: { lowBalanceAlertedAt: new Date() },
    });
    if (claimed.count === 1) {
      const notices = await notifyRoles(db, ["ADMIN"], {
        kind: "provider.balance_low",
        title: `Provider "${provider.name}" balance is low`,
        link: `/admin/providers/${provider.id}`,
        body: `The balance of provider "${provider.name}" is ${balance.toString()} ${answer.currency}, below the threshold of ${provider.lowBalanceThreshold?.toString()} ${answer.currency}. Orders may fail with "not enough funds" until it is topped up.`,
      });
      await deliverPendingMail({ ids: notices });
    }
  }
  return { balance: balance.toString(), currency: answer.currency, low };
}
