import { db } from "@/lib/db";

export type LedgerMismatch = { userId: string; email: string; balance: string; ledgerSum: string };
export type LedgerBelowLimit = { userId: string; email: string; balance: string; creditLimit: string };

/** Invariant 2: for every user, the sum of ledger entries equals the cached balance, and no balance is below its limit. */
export async function checkLedger(): Promise<{ users: number; mismatches: LedgerMismatch[]; belowLimit: LedgerBelowLimit[] }> {
  const [{ users }] = await db.$queryRaw<{ users: number }[]>`SELECT count(*)::int AS users FROM users`;
  const mismatches = await db.$queryRaw<LedgerMismatch[]>`
    SELECT u.id AS "userId", u.email, u.balance::text AS balance, COALESCE(SUM(l.amount), 0)::text AS "ledgerSum"
      FROM users u LEFT JOIN ledger_entries l ON l.user_id = u.id
     GROUP BY u.id
    HAVING u.balance <> COALESCE(SUM(l.amount), 0)`;
  const belowLimit = await db.$queryRaw<LedgerBelowLimit[]>`
    SELECT id AS "userId", email, balance::text AS balance, credit_limit::text AS "creditLimit"
      FROM users WHERE balance < -credit_limit`;
  return { users, mismatches, belowLimit };
}
