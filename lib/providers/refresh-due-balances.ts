import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { getSetting } from "@/lib/settings/settings";
import { refreshProviderBalance } from "./refresh-provider-balance";

export type BalanceCheck = { providerId: string; ok: boolean; detail: string };

/** Active providers whose balance was never read, or last read longer ago than `providers.balanceCheckMinutes`. */
export async function providersDueForBalanceCheck(now = new Date()): Promise<string[]> {
  const minutes = await getSetting("providers.balanceCheckMinutes");
  const cutoff = new Date(now.getTime() - minutes * 60 * 1000);
  const due = await db.provider.findMany({
    where: { status: "ACTIVE", OR: [{ balanceCheckedAt: null }, { balanceCheckedAt: { lte: cutoff } }] },
    select: { id: true },
    orderBy: { balanceCheckedAt: { sort: "asc", nulls: "first" } },
  });
  return due.map((provider) => provider.id);
}

/**
 * One provider's scheduled balance check. Never throws: a provider that does not answer (or any other
 * failure) is logged and returned as `ok: false`, so the others are still checked; its
 * balanceCheckedAt stays old, so the next run tries it again.
 */
export async function checkProviderBalance(providerId: string, now = new Date()): Promise<BalanceCheck> {
  try {
    const result = await refreshProviderBalance(providerId, now);
    return { providerId, ok: true, detail: `${result.balance} ${result.currency}${result.low ? " (low)" : ""}` };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (isAppError(error)) logger.warn({ providerId, code: error.code, detail }, "balance check: provider failed");
    else logger.error({ err: error, providerId }, "balance check: unexpected error");
    return { providerId, ok: false, detail };
  }
}

/** Every due provider's balance check, one after another (the cron job runs the same two verbs as steps). */
export async function checkDueProviderBalances(now = new Date()): Promise<{ due: number; results: BalanceCheck[] }> {
  const due = await providersDueForBalanceCheck(now);
  const results: BalanceCheck[] = [];
  for (const providerId of due) results.push(await checkProviderBalance(providerId, now));
  return { due: due.length, results };
}
