// The admin order list with 1,000,000 orders: p95 of typical filter/search queries through the real
// verb (listOrdersForAdmin, via Prisma), and the plan PostgreSQL chose for each (auto_explain), so the
// indexes relied on are visible. Target: every p95 under 100 ms.
import { startBenchDatabase, machineLine } from "./lib/bench-database";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const RUNS = 40;
const plans: string[] = [];
let capturing = false;
const database = await startBenchDatabase(54374, false, {
  settings: {
    shared_preload_libraries: "auto_explain",
    "auto_explain.log_min_duration": "0",
    "auto_explain.log_analyze": "on",
    "auto_explain.log_timing": "off",
  },
  onServerLog: (text) => {
    if (capturing) plans.push(text);
  },
});
// Seeding a million rows in one statement takes longer than the app's 30 s statement limit.
process.env.DATABASE_STATEMENT_TIMEOUT_MS = "600000";
const { db } = await import("../lib/db");
const { listOrdersForAdmin } = await import("../lib/orders/admin/list-orders-for-admin");

console.log(machineLine());
let started = performance.now();
// 20,000 customers, 4 providers, 400 services, orders spread over 365 days (ids follow created_at, as
// in production), statuses in a typical mix: mostly completed, a few thousand still open.
await db.$executeRawUnsafe(`
  INSERT INTO users (id, email, full_name, password_hash, updated_at)
  SELECT 'u' || g, 'customer' || g || '@bench.test', 'Customer ' || g, 'x', now() FROM generate_series(1, 20000) g`);
await db.$executeRawUnsafe(`
  INSERT INTO providers (id, name, api_url, api_key_encrypted, api_key_hint, updated_at)
  SELECT 'p' || g, 'Provider ' || g, 'https://p' || g || '.example/api/v2', 'x', 'x', now() FROM generate_series(1, 4) g`);
await db.$executeRawUnsafe(`INSERT INTO categories (id, name, updated_at) VALUES ('c1', 'Bench', now())`);
await db.$executeRawUnsafe(`
  INSERT INTO services (id, name, category_id, rate, min, max, provider_id, provider_service_id, updated_at)
  SELECT g, 'Service ' || g, 'c1', 12.5, 10, 100000, 'p' || (1 + g % 4), g::text, now() FROM generate_series(1, 400) g`);
await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('services', 'id'), 400)`);
// The owner's-console triggers (docs/REPORTS.md) are off while seeding; the totals are recounted after.
await db.$executeRawUnsafe(`ALTER TABLE orders DISABLE TRIGGER USER`);
await db.$executeRawUnsafe(`
  INSERT INTO orders (user_id, service_id, provider_id, provider_order_id, link, quantity, mode, status, rate, charge, charge_usd, remains, source, created_at, updated_at)
  SELECT 'u' || (1 + (g::bigint * 7919) % 20000), 1 + g % 400, 'p' || (1 + (1 + g % 400) % 4), (5000000 + g)::text,
         'https://instagram.com/' || md5(g::text) || '/p/' || g, 1000, 'AUTO',
         (CASE WHEN g > ${ORDERS} - 3000 THEN 'IN_PROGRESS' WHEN g > ${ORDERS} - 4000 THEN 'PROCESSING' WHEN g % 1009 = 0 THEN 'UNCERTAIN'
               WHEN g % 53 = 0 THEN 'PARTIAL' WHEN g % 97 = 0 THEN 'CANCELED' ELSE 'COMPLETED' END)::"OrderStatus",
         12.5, 12.5, 0.1, 0, 'web', now() - interval '1 second' * ((${ORDERS} - g)::float8 * 31536000 / ${ORDERS}), now()
    FROM generate_series(1, ${ORDERS}) g`);
await db.$executeRawUnsafe(`ALTER TABLE orders ENABLE TRIGGER USER`);
await db.$executeRawUnsafe(`SELECT rebuild_order_stats()`);
await db.$executeRawUnsafe(`VACUUM ANALYZE orders`);
await db.$executeRawUnsafe(`ANALYZE users`);
console.log(`Seeded ${ORDERS.toLocaleString("en")} orders in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000 + 6 * 3_600_000).toISOString().slice(0, 10);
const someUser = await db.user.findUniqueOrThrow({ where: { email: "customer1234@bench.test" }, select: { email: true } });
const someLink = await db.order.findFirstOrThrow({ where: { id: 777_777 % ORDERS }, select: { link: true } });
const queries: [string, Parameters<typeof listOrdersForAdmin>[0]][] = [
  ["newest first, no filter", {}],
  ["status = in progress", { status: "IN_PROGRESS" }],
  ["status = uncertain + provider", { status: "UNCERTAIN", providerId: "p2" }],
  ["service", { serviceId: 321 }],
  ["provider + status = partial", { providerId: "p3", status: "PARTIAL" }],
  ["status with no orders at all (forward failed)", { status: "FORWARD_FAILED" }],
  ["service + date range (30 days, 60 days ago)", { serviceId: 123, from: day(90), to: day(60) }],
  ["user e-mail", { user: someUser.email }],
  ["search: our id", { q: "654321" }],
  ["search: provider order id", { q: String(5_000_000 + 424_242) }],
  ["search: link fragment", { q: someLink.link.split("/")[3].slice(0, 12) }],
  ["page 3 of status = completed (cursor)", { status: "COMPLETED", cursor: ORDERS - 200 }],
];

const rows: string[] = [];
for (const [label, filter] of queries) {
  await listOrdersForAdmin(filter); // warm
  plans.length = 0;
  capturing = true;
  const first = await listOrdersForAdmin(filter);
  await new Promise((resolve) => setTimeout(resolve, 200)); // the server log arrives a moment later
  capturing = false;
  const timings: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    started = performance.now();
    await listOrdersForAdmin(filter);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const p50 = timings[Math.floor(RUNS * 0.5)];
  const p95 = timings[Math.floor(RUNS * 0.95)];
  rows.push(
    `${label.padEnd(46)} p50 ${p50.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   ${String(first.orders.length).padStart(3)} rows ${p95 < 100 ? "" : " ← over 100 ms"}`,
  );
  console.log(`\n── ${label}\n${orderPlan(plans.join(""))}`);
}
console.log(`\nAdmin order list, ${ORDERS.toLocaleString("en")} orders, ${RUNS} runs each (listOrdersForAdmin through Prisma):`);
for (const row of rows) console.log(row);

await db.$disconnect();
await database.stop();
process.exit(0);

/** The plan of the statement that reads the orders page (not the helper lookups), trimmed of log prefixes. */
function orderPlan(log: string): string {
  const blocks = log.split(/LOG: {2}duration: /).slice(1);
  const page =
    blocks.find((block) => /FROM "public"\."orders"/.test(block) && /ORDER BY/.test(block) && /LIMIT/.test(block)) ??
    blocks.at(-1) ??
    "(no plan logged)";
  return page
    .split("\n")
    .filter(
      (line) =>
        /^\s*(->|Limit|Sort|Index|Bitmap|Seq|Filter|Index Cond|Recheck|Rows Removed|Nested|Hash|Merge|Incremental|Presorted)/.test(
          line.replace(/^\s+/, ""),
        ) || /^\s{2,}\S/.test(line),
    )
    .filter((line) => !/Query Text|Query Parameters/.test(line))
    .slice(0, 16)
    .join("\n");
}
