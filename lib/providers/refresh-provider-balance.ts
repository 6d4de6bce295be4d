import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { alertBalanceLevel } from "./alert-balance-level";
import { balanceLevel } from "./balance-level";
import { providerClientFor } from "./provider-client";
import { providerProblem } from "./probe-provider";
import { recordBalanceSnapshot } from "./record-balance-snapshot";

/**
 * Asks the provider for its balance (the "Test" button and the balance cron), stores it with a
 * reading for the history, and alerts admins once when it crosses below the low-balance threshold
 * (or to zero). A provider that does not answer throws a provider problem; nothing is written then.
 */
export async function refreshProviderBalance(providerId: string, now = new Date()) {
  const client = await providerClientFor(providerId, { allowDisabled: true });
  let answer: { balance: { toString(): string }; currency: string };
  try {
    answer = await client.balance();
  } catch (error) {
    throw providerProblem(error);
  }
  const balance = money(answer.balance);
  const provider = await db.$transaction(async (tx) => {
    const updated = await tx.provider.update({
      where: { id: providerId },
      data: { balance: balance.toString(), currency: answer.currency, balanceCheckedAt: now },
      select: { id: true, name: true, lowBalanceThreshold: true },
    });
    await recordBalanceSnapshot(tx, providerId, balance, answer.currency, now);
    return updated;
  });
  const threshold = provider.lowBalanceThreshold === null ? null : money(provider.lowBalanceThreshold);
  const level = balanceLevel(balance, threshold);
  await alertBalanceLevel({ provider, balance, currency: answer.currency, level });
  return { balance: balance.toString(), currency: answer.currency, low: level !== null };
}
