// A panel with a past, for the benchmarks that place orders: earlier orders of other customers over
// other services, and statistics, as a production database has them once autovacuum has been through.
// A fresh, never-analysed table misleads the planner (the duplicate check inside place_order, planned
// then, scanned every order of the service instead of using the duplicate-window index), and a run
// that starts on one would measure that, not the panel.
import type { Db } from "../../lib/db";

export async function seedOrderHistory(
  db: Db,
  createCustomer: () => Promise<{ id: string }>,
  options: { categoryId: string; orders?: number },
): Promise<void> {
  const orders = options.orders ?? 50_000;
  const customers = await Promise.all(Array.from({ length: 100 }, () => createCustomer()));
  const services = await Promise.all(
    Array.from({ length: 20 }, (_, n) =>
      db.service.create({
        data: { name: `Bench past service ${n}`, categoryId: options.categoryId, rate: "10.0000", min: 10, max: 100000, mode: "MANUAL" },
        select: { id: true },
      }),
    ),
  );
  await db.$executeRaw`
    INSERT INTO orders (user_id, service_id, link, quantity, mode, status, rate, charge, charge_usd, source, created_at, updated_at)
    SELECT (${customers.map((c) => c.id)}::text[])[1 + n % 100], (${services.map((s) => s.id)}::int[])[1 + n % 20],
           'https://example.com/past/' || n, 100, 'MANUAL', 'COMPLETED', 10, 1, 0.0082, 'web',
           now() - make_interval(secs => n * 150), now() - make_interval(secs => n * 150)
      FROM generate_series(1, ${orders}) AS n`;
  await catchUpMaintenance(db);
}

/**
 * What autovacuum would do between bursts, done now: VACUUM and ANALYZE of every table. A phase measured
 * after it sees neither the maintenance an earlier phase's writes left behind nor stale statistics.
 */
export async function catchUpMaintenance(db: Db): Promise<void> {
  await db.$executeRawUnsafe("VACUUM (ANALYZE)");
}
