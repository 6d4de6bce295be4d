import { db } from "@/lib/db";
import { readStoredMessage } from "@/lib/i18n/stored-message";

export type LedgerPage = Awaited<ReturnType<typeof listLedger>>;

/** One user's ledger, newest first, keyset-paged. The owner is part of the query itself. */
export async function listLedger(userId: string, options: { cursor?: string; take?: number } = {}) {
  const take = Math.min(Math.max(options.take ?? 25, 1), 100);
  const rows = await db.ledgerEntry.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      kind: true,
      amount: true,
      balanceAfter: true,
      referenceType: true,
      referenceId: true,
      memo: true,
      memoMessage: true,
      createdAt: true,
    },
  });
  const page = rows.slice(0, take).map((row) => ({
    ...row,
    amount: row.amount.toFixed(4),
    balanceAfter: row.balanceAfter.toFixed(4),
    memoMessage: readStoredMessage(row.memoMessage),
  }));
  return { entries: page, nextCursor: rows.length > take ? page[page.length - 1].id : null };
}
