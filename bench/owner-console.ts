// The owner's console at scale: 1,000,000 orders over a year, 200,000 payments, 20,000 customers.
// p50/p95 of the dashboard's data for every range preset and a whole year, and of each profit report,
// through the real verbs (getDashboard, profitReport); what the order triggers cost per changed order;
// how long a compaction, a full rebuild and a recount (stats:check) take. Targets (issue 14): the
// dashboard p95 < 150 ms, each report p95 < 300 ms, for any range up to a year.
import { machineLine, startBenchDatabase } from "./lib/bench-database";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const TOUCHED = 20_000;

const database = await startBenchDatabase(Number(process.env.BENCH_DB_PORT ?? 54377), false);
// Seeding a million rows in one statement takes longer than the app's 30 s statement limit.
process.env.DATABASE_STATEMENT_TIMEOUT_MS = "600000";
const { db } = await import("../lib/db");
const { getDashboard } = await import("../lib/reports/dashboard");
const { profitReport, REPORT_DIMENSIONS } = await import("../lib/reports/profit-report");
const { compactOrderStats } = await import("../lib/reports/compact-order-stats");
const { checkOrderStats } = await import("../lib/reports/check-order-stats");
const { resolveRange } = await import("../lib/reports/date-range");

console.log(machineLine());
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
let started = performance.now();
const STATS_TRIGGERS = ["orders_record_stats", "orders_record_stats_update"];
const triggers = (on: boolean) =>
  Promise.all(STATS_TRIGGERS.map((name) => db.$executeRawUnsafe(`ALTER TABLE orders ${on ? "ENABLE" : "DISABLE"} TRIGGER ${name}`)));

// 20,000 customers who signed up over two years; 4 providers; 400 services in 20 categories.
await db.$executeRawUnsafe(`
  INSERT INTO users (id, email, full_name, password_hash, created_at, updated_at)
  SELECT 'u' || g, 'customer' || g || '@bench.test', 'Customer ' || g, 'x', now() - interval '1 hour' * (g % 17520), now()
    FROM generate_series(1, 20000) g`);
await db.$executeRawUnsafe(`
  INSERT INTO providers (id, name, api_url, api_key_encrypted, api_key_hint, balance, currency, low_balance_threshold, updated_at)
  SELECT 'p' || g, 'Provider ' || g, 'https://p' || g || '.example/api/v2', 'x', 'x', 50 * g, 'USD', 60, now() FROM generate_series(1, 4) g`);
await db.$executeRawUnsafe(`
  INSERT INTO categories (id, name, updated_at) SELECT 'c' || g, 'Category ' || g, now() FROM generate_series(1, 20) g`);
await db.$executeRawUnsafe(`
  INSERT INTO services (id, name, category_id, rate, min, max, provider_id, provider_service_id, updated_at)
  SELECT g, 'Service ' || g, 'c' || (1 + g % 20), 5 + g % 50, 10, 100000, 'p' || (1 + g % 4), g::text, now() FROM generate_series(1, 400) g`);
await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('services', 'id'), 400)`);

// A year of orders, resellers doing most of it (customer ids skewed towards the low ones), ids in time
// order; the usual status mix with refunds and the provider's cost at 70 % of our price.
await triggers(false);
await db.$executeRawUnsafe(`
  INSERT INTO orders (user_id, service_id, provider_id, provider_order_id, link, quantity, mode, status, rate, charge, charge_usd,
                      refunded, provider_charge, provider_currency, provider_rate_bdt, source, created_at, updated_at)
  SELECT 'u' || (1 + floor(19999 * power((g * 0.6180339887) % 1, 3)))::int, s, 'p' || (1 + s % 4), (5000000 + g)::text,
         'https://instagram.com/p/' || g, 1000, 'AUTO', st::"OrderStatus", 5 + s % 50, 5 + s % 50, 0.04,
         CASE st WHEN 'PARTIAL' THEN round((5 + s % 50) * 0.3, 4) WHEN 'CANCELED' THEN 5 + s % 50 WHEN 'FORWARD_FAILED' THEN 5 + s % 50 ELSE 0 END,
         CASE WHEN st IN ('CANCELED', 'FORWARD_FAILED') THEN 0 ELSE round((5 + s % 50) * 0.7 / 122, 7) END, 'USD', 122,
         'web', now() - interval '1 second' * ((${ORDERS} - g)::float8 * 31536000 / ${ORDERS}), now()
    FROM (SELECT g, 1 + (g * 7) % 400 AS s,
                 CASE WHEN g > ${ORDERS} - 3000 THEN 'IN_PROGRESS' WHEN g > ${ORDERS} - 4000 THEN 'PROCESSING' WHEN g % 1009 = 0 THEN 'UNCERTAIN'
                      WHEN g % 211 = 0 THEN 'FORWARD_FAILED' WHEN g % 53 = 0 THEN 'PARTIAL' WHEN g % 97 = 0 THEN 'CANCELED' ELSE 'COMPLETED' END AS st
            FROM generate_series(1, ${ORDERS}) g) AS o`);
await db.$executeRawUnsafe(`
  INSERT INTO payments (id, user_id, method, status, tran_id, amount, completed_at, refunded_at, created_at, updated_at)
  SELECT 'pay' || g, 'u' || (1 + floor(19999 * power((g * 0.6180339887) % 1, 3)))::int,
         (ARRAY['SSLCOMMERZ', 'SANDBOX', 'BKASH_MANUAL', 'NAGAD_MANUAL'])[1 + g % 4]::"PaymentMethod",
         (CASE WHEN g % 50 = 0 THEN 'REFUNDED' WHEN g % 10 = 0 THEN 'FAILED' WHEN g % 4 >= 2 THEN 'APPROVED' ELSE 'COMPLETED' END)::"PaymentStatus",
         'T' || g, 100 + g % 5000, CASE WHEN g % 10 = 0 AND g % 50 <> 0 THEN NULL ELSE t END,
         CASE WHEN g % 50 = 0 THEN t + interval '1 day' END, t, now()
    FROM (SELECT g, now() - interval '1 second' * ((${PAYMENTS} - g)::float8 * 31536000 / ${PAYMENTS}) AS t FROM generate_series(1, ${PAYMENTS}) g) AS p`);
console.log(`Seeded ${ORDERS.toLocaleString("en")} orders and ${PAYMENTS.toLocaleString("en")} payments in ${seconds(started)} s`);
started = performance.now();
await db.$executeRawUnsafe(`SELECT rebuild_order_stats()`);
await triggers(true);
const rebuild = seconds(started);
await db.$executeRawUnsafe(`VACUUM ANALYZE`);
const [{ service_rows, user_rows }] = await db.$queryRawUnsafe<{ service_rows: number; user_rows: number }[]>(
  `SELECT (SELECT count(*)::int FROM order_day_service_stats) AS service_rows, (SELECT count(*)::int FROM order_day_user_stats) AS user_rows`,
);

// What the triggers cost: the same status change on 20,000 orders without and with them.
const touch = async (fromId: number) => {
  const at = performance.now();
  await db.$executeRawUnsafe(`UPDATE orders SET status = 'COMPLETED', refunded = 0 WHERE id > ${fromId} AND id <= ${fromId + TOUCHED}`);
  return (performance.now() - at) / TOUCHED;
};
await triggers(false);
const without = await touch(Math.floor(ORDERS / 2));
await db.$executeRawUnsafe(`SELECT rebuild_order_stats()`);
// The rebuild rewrote every stats row; autovacuum would clear the dead ones within a minute, so the reads
// below measure the deltas, not a million dead index entries left by a recount seconds before.
await db.$executeRawUnsafe(
  `VACUUM ANALYZE order_day_service_stats, order_day_user_stats, order_day_totals, order_month_service_stats, order_month_user_stats`,
);
await triggers(true);
const withTriggers = await touch(Math.floor(ORDERS / 2) + TOUCHED);
const [{ deltas }] = await db.$queryRawUnsafe<{ deltas: number }[]>(
  `SELECT count(*)::int AS deltas FROM order_day_service_stats WHERE NOT compacted`,
);

type Timing = { label: string; p50: number; p95: number; target: number };
const timings: Timing[] = [];
async function measure(label: string, target: number, run: () => Promise<unknown>) {
  await run();
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const at = performance.now();
    await run();
    times.push(performance.now() - at);
  }
  times.sort((a, b) => a - b);
  timings.push({ label, p50: times[Math.floor(RUNS * 0.5)], p95: times[Math.min(RUNS - 1, Math.ceil(RUNS * 0.95) - 1)], target });
}

const admin = { role: "ADMIN" as const };
const year = { preset: "custom" as const, from: resolveRange({ preset: "today" }, "Asia/Dhaka").to, to: "" };
year.to = year.from;
year.from = new Date(Date.parse(`${year.to}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10);
const presets = [
  { label: "today", request: { preset: "today" as const } },
  { label: "7 days", request: { preset: "7d" as const } },
  { label: "30 days", request: { preset: "30d" as const } },
  { label: "this month", request: { preset: "month" as const } },
  { label: "366 days (custom)", request: year },
];
const measureAll = async (when: string) => {
  for (const { label, request } of presets) await measure(`dashboard, ${label}${when}`, 150, () => getDashboard(request, admin));
  for (const by of REPORT_DIMENSIONS) {
    for (const [label, range] of [
      ["30 days", resolveRange({ preset: "30d" }, "Asia/Dhaka")],
      ["366 days", { from: year.from, to: year.to }],
    ] as const) {
      await measure(`report by ${by}, ${label}${when}`, 300, () => profitReport({ by, range, sort: "profit", limit: 200 }));
    }
  }
};
await measureAll(` (${deltas.toLocaleString("en")} delta rows)`);
started = performance.now();
const folded = await compactOrderStats();
const compaction = seconds(started);
await measureAll(" (compacted)");
started = performance.now();
const check = await checkOrderStats();
const recount = seconds(started);

console.log(
  `\nOwner's console, ${ORDERS.toLocaleString("en")} orders, ${PAYMENTS.toLocaleString("en")} payments, 20,000 customers, ${RUNS} runs each:`,
);
console.log(
  `daily totals: ${service_rows.toLocaleString("en")} day/service/provider rows, ${user_rows.toLocaleString("en")} day/customer rows`,
);
for (const row of timings) {
  console.log(
    `${row.label.padEnd(52)} p50 ${row.p50.toFixed(1).padStart(6)} ms   p95 ${row.p95.toFixed(1).padStart(6)} ms${row.p95 < row.target ? "" : `   ← over ${row.target} ms`}`,
  );
}
console.log(
  `order triggers: an order's status change costs ${(withTriggers * 1000).toFixed(0)} µs with them, ${(without * 1000).toFixed(0)} µs without (${TOUCHED.toLocaleString("en")}-row UPDATE)`,
);
console.log(
  `compaction of ${(folded.serviceRows + folded.userRows).toLocaleString("en")} delta rows: ${compaction} s; rebuild from 1M orders: ${rebuild} s; recount (stats:check): ${recount} s, ${check.mismatches.length} mismatches`,
);

await db.$disconnect();
await database.stop();
process.exit(check.mismatches.length === 0 ? 0 : 1);
