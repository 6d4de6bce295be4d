import { db, Prisma } from "@/lib/db";
import { money, toStorage } from "@/lib/money/money";
import type { DayRange } from "./date-range";

/**
 * Figures read straight from their own tables over the instants the range's days span in the panel's
 * time zone (timestamps are stored as UTC without a zone): deposits by the moment they were credited,
 * new customers by sign-up.
 */
function spanning(column: Prisma.Sql, range: DayRange, timeZone: string): Prisma.Sql {
  return Prisma.sql`${column} >= ((${range.from}::date)::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'
                AND ${column} < ((${range.to}::date + 1)::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'`;
}

export type DepositMethodFigures = { method: "SSLCOMMERZ" | "SANDBOX" | "BKASH_MANUAL" | "NAGAD_MANUAL"; count: number; amount: string };
export type DepositFigures = {
  count: number;
  amount: string;
  byMethod: DepositMethodFigures[];
  reversedCount: number;
  reversedAmount: string;
};

/** Deposits credited in the range (a payment is credited once, when completed_at is set), and deposits refunded in it. */
export async function depositFigures(range: DayRange, timeZone: string): Promise<DepositFigures> {
  const [byMethod, [reversed]] = await Promise.all([
    db.$queryRaw<DepositMethodFigures[]>`
      SELECT method::text AS method, count(*)::int AS count, sum(amount)::text AS amount
        FROM payments WHERE completed_at IS NOT NULL AND ${spanning(Prisma.sql`completed_at`, range, timeZone)}
       GROUP BY method ORDER BY method`,
    db.$queryRaw<{ count: number; amount: string }[]>`
      SELECT count(*)::int AS count, COALESCE(sum(amount), 0.0000)::text AS amount
        FROM payments WHERE refunded_at IS NOT NULL AND ${spanning(Prisma.sql`refunded_at`, range, timeZone)}`,
  ]);
  let count = 0;
  let amount = money(0);
  for (const row of byMethod) {
    count += row.count;
    amount = amount.plus(row.amount);
  }
  return { count, amount: toStorage(amount), byMethod, reversedCount: reversed.count, reversedAmount: reversed.amount };
}

/** Customers who signed up in the range. */
export async function newCustomers(range: DayRange, timeZone: string): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM users WHERE role = 'CUSTOMER' AND ${spanning(Prisma.sql`created_at`, range, timeZone)}`;
  return row.count;
}
