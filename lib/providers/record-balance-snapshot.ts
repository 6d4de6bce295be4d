import type { Tx } from "@/lib/db";
import type { Money } from "@/lib/money/money";

/** How long balance readings are kept (the provider page's chart). */
export const BALANCE_HISTORY_DAYS = 14;

/**
 * Records one balance reading and drops this provider's readings older than 14 days. The delete
 * reads the (provider_id, created_at) index, so it costs a few rows per call (what aged out since the
 * last reading), never a scan of the table.
 */
export async function recordBalanceSnapshot(tx: Tx, providerId: string, balance: Money, currency: string, now = new Date()) {
  await tx.providerBalanceSnapshot.create({ data: { providerId, balance: balance.toString(), currency, createdAt: now } });
  const cutoff = new Date(now.getTime() - BALANCE_HISTORY_DAYS * 24 * 60 * 60 * 1000);
  await tx.providerBalanceSnapshot.deleteMany({ where: { providerId, createdAt: { lt: cutoff } } });
}
