import { Prisma } from "@/lib/db";
import { customerPlan, lastDayOf, monthOf } from "./customer-plan";
import { shiftDay, type DayRange } from "./date-range";

/**
 * Where a range's figures are read from (docs/REPORTS.md). The compaction keeps three summaries of the
 * compacted daily rows — a row per day, and per month for services and for customers — and leaves the
 * deltas it has not folded yet in the daily tables (compacted = false). A range therefore reads whole
 * months from the month tables, the days at its edges from the daily rows, and the unfolded deltas of
 * the days in between: every change counted once, whatever the compaction is doing.
 */

/**
 * Money in the stats tables is bigint ten-thousandths of a taka (the order amounts are numeric(20,4), so
 * ×10000 is exact; bigint sums are much cheaper than numeric ones). Every read converts back here, to
 * numeric with exactly 4 places — the same value and text (`12.3400`, `0.0000`) as the numeric(20,4)
 * sums. It multiplies by 0.0001 rather than dividing by 10000: a numeric product is exact at any size,
 * a quotient is rounded to the precision PostgreSQL picks. The reads sum the stats with `bigint_sum` (migration
 * owner_console): a bigint sum that stays bigint — twice as fast as `sum`, whose bigint result is numeric —
 * and keeps their plans serial, which measured faster on these many-group aggregations.
 */
export function taka(tenThousandths: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((${tenThousandths})::numeric * 0.0001)`;
}

/** `taka` as exact decimal text. */
export function takaText(tenThousandths: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${taka(tenThousandths)}::text`;
}

/** The whole calendar months inside a range (first day of the first, last day of the last), or null. */
export function wholeMonths(range: DayRange): { first: string; last: string } | null {
  const first = range.from === monthOf(range.from) ? range.from : shiftDay(lastDayOf(range.from), 1);
  const last = range.to === lastDayOf(range.to) ? range.to : shiftDay(monthOf(range.to), -1);
  return first <= last ? { first, last } : null;
}

const between = (column: Prisma.Sql, from: string, to: string) => Prisma.sql`${column} BETWEEN ${from}::date AND ${to}::date`;

/** Rows with day, orders, charge (money in ten-thousandths, see `taka`), refunded, cost and the n_<status> counts: one per day, plus unfolded deltas. */
export function dayTotalsSource(range: DayRange): Prisma.Sql {
  const columns = Prisma.sql`day, orders, charge, refunded, cost, n_pending, n_processing, n_in_progress, n_completed, n_partial,
    n_canceled, n_forward_failed, n_uncertain`;
  return Prisma.sql`
    SELECT ${columns} FROM order_day_totals WHERE ${between(Prisma.sql`day`, range.from, range.to)}
    UNION ALL
    SELECT ${columns} FROM order_day_service_stats WHERE NOT compacted AND ${between(Prisma.sql`day`, range.from, range.to)}`;
}

function monthsAndDays(range: DayRange, keys: Prisma.Sql, monthTable: Prisma.Sql, dayTable: Prisma.Sql): Prisma.Sql {
  const columns = Prisma.sql`${keys}, orders, charge, refunded, cost`;
  const months = wholeMonths(range);
  if (!months) return Prisma.sql`SELECT ${columns} FROM ${dayTable} WHERE ${between(Prisma.sql`day`, range.from, range.to)}`;
  const edges: Prisma.Sql[] = [];
  if (range.from < months.first) edges.push(between(Prisma.sql`day`, range.from, shiftDay(months.first, -1)));
  if (range.to > months.last) edges.push(between(Prisma.sql`day`, shiftDay(months.last, 1), range.to));
  return Prisma.sql`
    SELECT ${columns} FROM ${monthTable} WHERE ${between(Prisma.sql`month`, months.first, months.last)}
    UNION ALL
    SELECT ${columns} FROM ${dayTable} WHERE NOT compacted AND ${between(Prisma.sql`day`, months.first, months.last)}
    ${edges.length ? Prisma.sql`UNION ALL SELECT ${columns} FROM ${dayTable} WHERE ${Prisma.join(edges, " OR ")}` : Prisma.empty}`;
}

/** Rows with service_id, provider_id and the money columns for a range. */
export function serviceSource(range: DayRange): Prisma.Sql {
  return monthsAndDays(
    range,
    Prisma.sql`service_id, provider_id`,
    Prisma.sql`order_month_service_stats`,
    Prisma.sql`order_day_service_stats`,
  );
}

/**
 * Rows with user_seq (users.seq) and the money columns for a range, signed so that their sum per
 * customer is the range's (customer-plan.ts): the block's running totals at its last month minus those
 * before its first (the last month held stands in for later ones, which hold nothing yet), the block's
 * unfolded deltas, plus the range's days outside the block, minus the block's days outside the range.
 */
export function customerSource(range: DayRange): Prisma.Sql {
  const plan = customerPlan(range);
  const days = (span: DayRange, sign: "" | "-") =>
    Prisma.sql`SELECT user_seq, ${Prisma.raw(`${sign}orders AS orders, ${sign}charge AS charge, ${sign}refunded AS refunded, ${sign}cost AS cost`)}
                 FROM order_day_user_stats WHERE ${between(Prisma.sql`day`, span.from, span.to)}`;
  const parts = [...plan.plus.map((span) => days(span, "")), ...plan.minus.map((span) => days(span, "-"))];
  if (plan.block) {
    const { first, last } = plan.block;
    const heldAt = (month: Prisma.Sql) => Prisma.sql`(SELECT least(${month}, max(month)) FROM order_month_user_running)`;
    parts.push(
      Prisma.sql`SELECT user_seq, orders, charge, refunded, cost FROM order_month_user_running WHERE month = ${heldAt(Prisma.sql`${last}::date`)}`,
      Prisma.sql`SELECT user_seq, -orders AS orders, -charge AS charge, -refunded AS refunded, -cost AS cost FROM order_month_user_running
                  WHERE month = ${heldAt(Prisma.sql`(${first}::date - interval '1 month')::date`)}`,
      Prisma.sql`SELECT user_seq, orders, charge, refunded, cost FROM order_day_user_stats
                  WHERE NOT compacted AND ${between(Prisma.sql`day`, first, lastDayOf(last))}`,
    );
  }
  return Prisma.join(parts, " UNION ALL ");
}
