import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { balanceLevel } from "@/lib/providers/balance-level";

export type ProviderBalance = {
  id: string;
  name: string;
  balance: string | null;
  currency: string | null;
  threshold: string | null;
  checkedAt: string | null;
  /** out: at or below zero; low: below its threshold. */
  state: "out" | "low" | "ok" | "unknown";
};

/** Active providers' last known balances, the driest first. */
export async function providerBalances(): Promise<ProviderBalance[]> {
  const rows = await db.provider.findMany({
    where: { status: "ACTIVE" },
    select: { id: true, name: true, balance: true, currency: true, lowBalanceThreshold: true, balanceCheckedAt: true },
    orderBy: { name: "asc" },
  });
  const order = { out: 0, low: 1, unknown: 2, ok: 3 };
  return rows
    .map((row) => {
      const level =
        row.balance === null ? undefined : balanceLevel(money(row.balance), row.lowBalanceThreshold && money(row.lowBalanceThreshold));
      const state: ProviderBalance["state"] = level === undefined ? "unknown" : level === null ? "ok" : level === "OUT" ? "out" : "low";
      return {
        id: row.id,
        name: row.name,
        balance: row.balance?.toFixed(2) ?? null,
        currency: row.currency,
        threshold: row.lowBalanceThreshold?.toFixed(2) ?? null,
        checkedAt: row.balanceCheckedAt?.toISOString() ?? null,
        state,
      };
    })
    .sort((a, b) => order[a.state] - order[b.state]);
}
