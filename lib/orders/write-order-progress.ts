import { db } from "@/lib/db";

export type OrderProgress = { id: number; remains: number | null; startCount: number | null; providerCharge: string | null; keep: boolean };

/**
 * One statement for a whole batch: marks orders checked and stores their progress. `keep` rows (no
 * usable answer) only get their check time, so a missing answer never erases known figures.
 */
export async function writeOrderProgress(rows: OrderProgress[]): Promise<void> {
  if (rows.length === 0) return;
  await db.$executeRaw`
    UPDATE orders AS o
       SET last_checked_at = now(), updated_at = now(),
           remains = CASE WHEN v.keep THEN o.remains ELSE COALESCE(v.remains, o.remains) END,
           start_count = CASE WHEN v.keep THEN o.start_count ELSE COALESCE(v.start_count, o.start_count) END,
           provider_charge = CASE WHEN v.keep THEN o.provider_charge ELSE COALESCE(v.provider_charge, o.provider_charge) END
      FROM unnest(${rows.map((row) => row.id)}::int[], ${rows.map((row) => row.remains)}::int[], ${rows.map((row) => row.startCount)}::int[],
                  ${rows.map((row) => row.providerCharge)}::numeric[], ${rows.map((row) => row.keep)}::boolean[])
           AS v(id, remains, start_count, provider_charge, keep)
     WHERE o.id = v.id AND o.status IN ('PROCESSING', 'IN_PROGRESS')`;
}
