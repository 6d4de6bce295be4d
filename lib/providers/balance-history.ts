import { db } from "@/lib/db";
import { BALANCE_HISTORY_DAYS } from "./record-balance-snapshot";

export type BalancePoint = { at: string; balance: string; currency: string };

/** A provider's balance readings of the last 14 days, oldest first (ISO times, decimal strings). */
export async function providerBalanceHistory(providerId: string, now = new Date()): Promise<BalancePoint[]> {
  const since = new Date(now.getTime() - BALANCE_HISTORY_DAYS * 24 * 60 * 60 * 1000);
  const rows = await db.providerBalanceSnapshot.findMany({
    where: { providerId, createdAt: { gte: since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, balance: true, currency: true },
  });
  return rows.map((row) => ({ at: row.createdAt.toISOString(), balance: row.balance.toString(), currency: row.currency }));
}
