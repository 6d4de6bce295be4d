import { money, type Money } from "@/lib/money/money";

export type ChainEntry = { id: string; amount: string; balanceAfter: string; createdAt: Date };

/**
 * Balance-after continuity of one wallet's ledger: in time order each entry starts where the one before
 * ended, the first from zero. The database's balance writer stamps an entry with the clock while it
 * holds the wallet's row, so time order is write order; entries of the same millisecond may be listed
 * in any order, and one order of them that chains is enough. Answers the first break, or null.
 */
export function balanceChainBreak(entries: readonly ChainEntry[]): string | null {
  const sorted = [...entries].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  let balance = money(0);
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end < sorted.length && sorted[end].createdAt.getTime() === sorted[start].createdAt.getTime()) end += 1;
    const next = chainThrough(sorted.slice(start, end), balance);
    if (!next) {
      const entry = sorted[start];
      return `entry ${entry.id} at ${entry.createdAt.toISOString()}: no entry of that moment starts at ${balance.toFixed(4)}`;
    }
    balance = next;
    start = end;
  }
  return null;
}

/** The balance after all of `group` when some order of it chains from `from`, else null. */
function chainThrough(group: readonly ChainEntry[], from: Money): Money | null {
  if (group.length === 0) return from;
  for (const [index, entry] of group.entries()) {
    const after = money(entry.balanceAfter);
    if (!after.minus(money(entry.amount)).eq(from)) continue;
    const rest = chainThrough([...group.slice(0, index), ...group.slice(index + 1)], after);
    if (rest) return rest;
  }
  return null;
}
