import { db } from "@/lib/db";

export const HEALTH_WINDOW_DAYS = 7;

/**
 * A provider's health over the orders placed with it in the last 7 days (orders.created_at).
 *
 * - sent: orders the provider accepted (forwarded_at is set when it answers with its order id).
 * - attempts: orders whose request left or may have left: sent, plus FORWARD_FAILED (the provider
 *   refused them) and UNCERTAIN (the answer is unknown). Orders still waiting to be sent are not attempts.
 * - successRate = COMPLETED / finished, where finished = sent orders now COMPLETED, PARTIAL or CANCELED.
 * - refusalRate = FORWARD_FAILED / attempts.
 * - uncertainRate = UNCERTAIN / attempts (orders an admin has not settled yet).
 * - medianCompletionSeconds: the median of finished_at − forwarded_at over the COMPLETED orders
 *   (PostgreSQL percentile_cont(0.5), so an even count gives the mean of the middle two).
 * A rate or median with nothing to count is null (shown as "—"), never 0.
 */
export type ProviderHealth = {
  since: Date;
  sent: number;
  attempts: number;
  finished: number;
  completed: number;
  refused: number;
  uncertain: number;
  successRate: number | null;
  refusalRate: number | null;
  uncertainRate: number | null;
  medianCompletionSeconds: number | null;
};

type Row = {
  sent: number;
  attempts: number;
  finished: number;
  completed: number;
  refused: number;
  uncertain: number;
  median: number | null;
};

export async function providerHealth(providerId: string, now = new Date()): Promise<ProviderHealth> {
  const since = new Date(now.getTime() - HEALTH_WINDOW_DAYS * 24 * 60 * 60 * 1000);
  // created_at is a UTC timestamp without zone (Prisma's way): compare in UTC whatever the session's zone.
  const [row] = await db.$queryRaw<Row[]>`
    SELECT
      count(*) FILTER (WHERE forwarded_at IS NOT NULL)::int AS sent,
      count(*) FILTER (WHERE forwarded_at IS NOT NULL OR status IN ('FORWARD_FAILED', 'UNCERTAIN'))::int AS attempts,
      count(*) FILTER (WHERE forwarded_at IS NOT NULL AND status IN ('COMPLETED', 'PARTIAL', 'CANCELED'))::int AS finished,
      count(*) FILTER (WHERE forwarded_at IS NOT NULL AND status = 'COMPLETED')::int AS completed,
      count(*) FILTER (WHERE status = 'FORWARD_FAILED')::int AS refused,
      count(*) FILTER (WHERE status = 'UNCERTAIN')::int AS uncertain,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - forwarded_at))
        FILTER (WHERE status = 'COMPLETED' AND forwarded_at IS NOT NULL AND finished_at IS NOT NULL) AS median
    FROM orders
    WHERE provider_id = ${providerId} AND created_at >= (${since.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return {
    since,
    sent: row.sent,
    attempts: row.attempts,
    finished: row.finished,
    completed: row.completed,
    refused: row.refused,
    uncertain: row.uncertain,
    successRate: rate(row.completed, row.finished),
    refusalRate: rate(row.refused, row.attempts),
    uncertainRate: rate(row.uncertain, row.attempts),
    medianCompletionSeconds: row.median === null ? null : Number(row.median),
  };
}
