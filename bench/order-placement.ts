// Order placement over HTTP (POST /api/user/create-orders on `next start`), 32 concurrent clients for
// 20 s, against one wallet and against many; beside it, in the same run, the same transaction's SQL
// straight through `pg` (no HTTP, no auth, no ORM) as the ceiling; then p99 at half the measured rate.
// The database starts with a past (bench/lib/order-history.ts), and the floor and the panel print what a
// request cost each process on the machine.
import os from "node:os";
import pg from "pg";
import { machineLine, startBenchDatabase } from "./lib/bench-database";
import { openStats, STATEMENT_STATS } from "./lib/db-cost";
import { catchUpMaintenance, seedOrderHistory } from "./lib/order-history";
import { healthRequest, requireProductionBuild, startNextServer } from "./lib/next-server";
import { loadLine, runLoad, type LoadResult } from "./lib/load";
import { runHttpLoadInWorker } from "./lib/load-worker";
import { heldUpByMajorGc } from "./lib/major-gc";
import { runInTurns } from "./lib/turns";

const CLIENTS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 3290);
requireProductionBuild();
const database = await startBenchDatabase(54372, false, { settings: STATEMENT_STATS });
const stats = await openStats(database.url);
process.env.LOG_LEVEL = "warn";

const { createUser, sessionCookie } = await import("../tests/factories");
const { db } = await import("../lib/db");
const category = await db.category.create({ data: { name: "Bench" } });
const service = await db.service.create({
  data: { name: "Bench manual service", categoryId: category.id, rate: "10.0000", min: 10, max: 100000, mode: "MANUAL" },
  select: { id: true },
});
const oneWallet = await createUser({ balance: "100000000" });
const wallets = await Promise.all(Array.from({ length: CLIENTS }, () => createUser({ balance: "10000000" })));
const oneCookie = await sessionCookie(oneWallet);
const cookies = await Promise.all(wallets.map((wallet) => sessionCookie(wallet)));

await seedOrderHistory(db, () => createUser(), { categoryId: category.id });

const { stop: stopServer, majorGcs } = await startNextServer(PORT);

const place = (cookie: string, link: string) =>
  fetch(`http://localhost:${PORT}/api/user/create-orders`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ serviceId: service.id, link, qty: 100 }),
  }).then(async (res) => {
    await res.arrayBuffer();
    return res.status;
  });

console.log(machineLine());
await runLoad({ clients: 8, seconds: 3, send: (client, seq) => place(cookies[client], `https://example.com/warm/${client}/${seq}`) });
const health = () => healthRequest(PORT);
// Round trips: the statements PostgreSQL logs per request, requests sent one at a time.
const floorTrips = await stats.roundTrips(database, 50, health);
const orderTrips = await stats.roundTrips(database, 50, (seq) => place(cookies[0], `https://example.com/trips/${seq}`));
console.log(`DB round trips per request: ${floorTrips.toFixed(1)} (HTTP floor), ${orderTrips.toFixed(1)} (order)`);
// Execution time inside PostgreSQL per order (pg_stat_statements, top-level statements), measured with
// orders sent one at a time so no statement waits for a core or a lock: what an order costs the
// database, and so what one instance with this machine's cores could take if the web tier were not
// the limit.
await stats.reset();
const sequential = 200;
for (let seq = 0; seq < sequential; seq += 1) await place(cookies[seq % CLIENTS], `https://example.com/db-time/${seq}`);
const dbMsPerOrder = (await stats.executionMs()) / sequential;
for (const statement of await stats.topStatements(4))
  console.log(
    `  ${(statement.totalMs / sequential).toFixed(3)} ms/order  ${statement.meanMs.toFixed(3)} ms × ${statement.calls}  ${statement.query}`,
  );
console.log(
  `DB execution time per order: ${dbMsPerOrder.toFixed(3)} ms, so one database instance: ≈ ${Math.round(1000 / dbMsPerOrder)} orders/s per core, ${Math.round((os.cpus().length * 1000) / dbMsPerOrder)} on ${os.cpus().length} cores`,
);
// The floor and the panel take turns (bench/lib/turns.ts), so their ratio compares like with like.
const [floorRun, manyRun] = await runInTurns(4, [
  { clients: CLIENTS, seconds: Math.min(SECONDS, 10), send: health },
  {
    clients: CLIENTS,
    seconds: SECONDS,
    send: (client, seq, turn) => place(cookies[client], `https://example.com/many/${turn}/${client}/${seq}`),
  },
]);
const floor = floorRun.result;
const many = manyRun.result;
console.log(loadLine(`HTTP floor: GET /api/health, ${CLIENTS} clients`, floor));
console.log(`  CPU per request: ${floorRun.cpu}`);
console.log(loadLine(`panel over HTTP, ${CLIENTS} clients, ${CLIENTS} wallets`, many));
console.log(`  CPU per order: ${manyRun.cpu}`);
const one = await runLoad({
  clients: CLIENTS,
  seconds: SECONDS,
  send: (client, seq) => place(oneCookie, `https://example.com/one/${client}/${seq}`),
});
console.log(loadLine(`panel over HTTP, ${CLIENTS} clients, one wallet`, one));

// The ceiling: the same statements createOrder's transaction issues, straight through pg.
const pool = new pg.Pool({ connectionString: database.url, max: CLIENTS });
const rawOrder = async (userId: string, link: string) => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`${userId}|${service.id}|${link}|100`]);
    await client.query(
      "SELECT id FROM orders WHERE user_id = $1 AND service_id = $2 AND link = $3 AND quantity = 100 AND created_at > now() - interval '60 seconds' LIMIT 1",
      [userId, service.id, link],
    );
    const order = await client.query(
      "INSERT INTO orders (user_id, service_id, link, quantity, mode, rate, charge, charge_usd, source, updated_at) VALUES ($1, $2, $3, 100, 'MANUAL', 10, 1, 0.0082, 'web', now()) RETURNING id",
      [userId, service.id, link],
    );
    const id = String(order.rows[0].id);
    const balance = await client.query(
      "UPDATE users SET balance = balance - 1, updated_at = now() WHERE id = $1 AND balance - 1 >= -credit_limit RETURNING balance",
      [userId],
    );
    await client.query(
      "INSERT INTO ledger_entries (id, user_id, kind, amount, balance_after, reference_type, reference_id, actor_id, memo) VALUES (gen_random_uuid()::text, $1, 'ORDER_CHARGE', -1, $2, 'order', $3, $1, 'bench')",
      [userId, balance.rows[0].balance, id],
    );
    await client.query(
      "INSERT INTO order_events (id, order_id, kind, to_status) VALUES (gen_random_uuid()::text, $1, 'created', 'PENDING')",
      [id],
    );
    await client.query("COMMIT");
    return 201;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
};
const rawMany = await runLoad({
  clients: CLIENTS,
  seconds: SECONDS,
  send: (client, seq) => rawOrder(wallets[client].id, `https://example.com/raw-many/${client}/${seq}`),
});
console.log(loadLine(`ceiling: raw SQL via pg, ${CLIENTS} wallets`, rawMany));
const rawOne = await runLoad({
  clients: CLIENTS,
  seconds: SECONDS,
  send: (client, seq) => rawOrder(oneWallet.id, `https://example.com/raw-one/${client}/${seq}`),
});
console.log(loadLine("ceiling: raw SQL via pg, one wallet", rawOne));
// The new ceiling: the one statement the panel sends (place_order), straight through pg.
const placeStatement = async (userId: string, link: string) => {
  const order = {
    user_id: userId,
    service_id: service.id,
    link,
    quantity: 100,
    mode: "MANUAL",
    rate: "10",
    charge: "1",
    charge_usd: "0.0082",
    source: "web",
  };
  const memo = { key: "stored.ledger.order", values: { id: "{order_id}" } };
  await pool.query(
    "SELECT order_id, duplicate_of FROM place_order($1::jsonb, '60 seconds'::interval, $2, 'Order #{order_id}', $3::jsonb, '{}'::jsonb)",
    [JSON.stringify(order), userId, JSON.stringify(memo)],
  );
  return 201;
};
// (Skipped on a checkout from before place_order, so the same file measures the code before issue 20.)
const hasPlaceOrder = (await pool.query<{ ok: boolean }>("SELECT to_regproc('place_order') IS NOT NULL AS ok")).rows[0].ok;
const none = { perSecond: Number.NaN };
const statementMany = !hasPlaceOrder
  ? none
  : await runLoad({
      clients: CLIENTS,
      seconds: SECONDS,
      send: (client, seq) => placeStatement(wallets[client].id, `https://example.com/stmt-many/${client}/${seq}`),
    });
if (hasPlaceOrder) console.log(loadLine(`ceiling: place_order via pg, ${CLIENTS} wallets`, statementMany as LoadResult));
const statementOne = !hasPlaceOrder
  ? none
  : await runLoad({
      clients: CLIENTS,
      seconds: SECONDS,
      send: (client, seq) => placeStatement(oneWallet.id, `https://example.com/stmt-one/${client}/${seq}`),
    });
if (hasPlaceOrder) console.log(loadLine("ceiling: place_order via pg, one wallet", statementOne as LoadResult));
const ratio = (a: { perSecond: number }, b: { perSecond: number }) => (a.perSecond / b.perSecond).toFixed(2);
console.log(
  [
    `panel / HTTP floor: ${ratio(many, floor)} (many wallets)`,
    `one wallet / old ceiling (one wallet): ${ratio(one, rawOne)}`,
    `one wallet / new ceiling (one wallet): ${ratio(one, statementOne)}`,
    `panel / new ceiling: ${ratio(many, statementMany)} (many wallets)`,
    `new / old ceiling: ${ratio(statementMany, rawMany)} (many wallets), ${ratio(statementOne, rawOne)} (one wallet)`,
  ].join("; "),
);

// p99 at half load is a steady state's: the database first catches up with the maintenance the
// full-load phases left (what autovacuum would do between bursts: on this machine it otherwise runs on
// the same two cores during the measurement), then 5 s at that rate (not counted) let the server settle
// (and collect the full-load phases' garbage), then SECONDS are measured.
await catchUpMaintenance(db);
// Timed from a worker thread (bench/lib/load-worker.ts), so the pauses of this process's own large
// heap do not count as the server's.
const halfLoad = (phase: string, seconds: number) =>
  runHttpLoadInWorker({
    clients: CLIENTS,
    seconds,
    ratePerSecond: many.perSecond / 2,
    url: `http://localhost:${PORT}/api/user/create-orders`,
    headers: cookies.map((cookie) => ({ "content-type": "application/json", cookie })),
    body: JSON.stringify({ serviceId: service.id, link: `https://example.com/${phase}/{client}/{seq}`, qty: 100 }),
  });
await halfLoad("settle", 5);
const half = await halfLoad("half", SECONDS);
console.log(loadLine(`panel at half load (${(many.perSecond / 2).toFixed(0)}/s offered)`, half));
const gc = heldUpByMajorGc(half.samples, majorGcs);
console.log(
  `  server's major GCs meanwhile: ${gc.collections.length} (${gc.collections.map((c) => `marking ${c.to - c.from} ms, pause ${c.pauseMs.toFixed(0)} ms`).join("; ") || "none"}); ` +
    `requests over 50 ms: ${gc.slow}, ${gc.slowNearGc} of them in flight during one or sent within 250 ms after; ` +
    `p99 of the ${half.requests - gc.held} requests not near one: ${gc.restP99.toFixed(1)} ms`,
);

await pool.end();
await stats.close();
await db.$disconnect();
stopServer();
await database.stop();
process.exit(0);
