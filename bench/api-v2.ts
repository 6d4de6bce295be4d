// Reseller API v2 throughput over HTTP (POST /api/v2 on `next start`): `add` and 100-id `status`,
// 32 concurrent clients for 20 s, each client a reseller with its own key and wallet. A protocol
// error ({"error": …} with HTTP 200) counts as a failure. The per-key limit is raised for the run
// (api.requestsPerMinute = 100,000, its maximum); the limiter itself still counts every request.
import { machineLine, startBenchDatabase } from "./lib/bench-database";
import { openStats } from "./lib/db-cost";
import { seedOrderHistory } from "./lib/order-history";
import { healthRequest, requireProductionBuild, startNextServer } from "./lib/next-server";
import { runLoad, type LoadResult } from "./lib/load";
import { runInTurns } from "./lib/turns";

const CLIENTS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PORT = Number(process.env.BENCH_API_PORT ?? 3210);
const DB_PORT = Number(process.env.BENCH_API_DB_PORT ?? 54376);
requireProductionBuild();
const database = await startBenchDatabase(DB_PORT, false);
const stats = await openStats(database.url);
process.env.LOG_LEVEL = "warn";

const { createUser, sessionCookie } = await import("../tests/factories");
const { createApiKey } = await import("../lib/api-keys/create-api-key");
const { setSetting } = await import("../lib/settings/settings");
const { checkLedger } = await import("../lib/wallet/check-ledger");
const { db } = await import("../lib/db");
const admin = await createUser({ role: "ADMIN" });
await setSetting("api.requestsPerMinute", 100_000, { id: admin.id });
const category = await db.category.create({ data: { name: "Bench" } });
const service = await db.service.create({
  data: { name: "Bench manual service", categoryId: category.id, rate: "10.0000", min: 10, max: 100000, mode: "MANUAL" },
  select: { id: true },
});
const resellers = await Promise.all(
  Array.from({ length: CLIENTS }, async () => {
    const user = await createUser({ balance: "10000000" });
    return { key: (await createApiKey(user.id, "bench")).key, cookie: await sessionCookie(user) };
  }),
);
const keys = resellers.map((reseller) => reseller.key);
await seedOrderHistory(db, () => createUser(), { categoryId: category.id });

const { stop: stopServer } = await startNextServer(PORT);

/** One protocol call; 200 only when the answer is not an {"error"} (then 422 stands for "refused"). */
const call = async (fields: Record<string, string>): Promise<{ status: number; json: unknown }> => {
  const res = await fetch(`http://localhost:${PORT}/api/v2`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
  const json = (await res.json()) as unknown;
  const refused = typeof json === "object" && json !== null && "error" in json;
  return { status: res.status === 200 && refused ? 422 : res.status, json };
};
const ordersOf: number[][] = Array.from({ length: CLIENTS }, () => []);
const add = async (client: number, link: string) => {
  const { status, json } = await call({ key: keys[client], action: "add", service: String(service.id), link, quantity: "100" });
  if (status === 200) ordersOf[client].push((json as { order: number }).order);
  return status;
};
const status100 = async (client: number) => {
  const { status, json } = await call({ key: keys[client], action: "status", orders: ordersOf[client].slice(-100).join(",") });
  const answered =
    status === 200 ? Object.values(json as Record<string, { status?: string }>).filter((slot) => slot.status === "Pending").length : 0;
  return answered === 100 ? 200 : status === 200 ? 500 : status;
};
const line = (label: string, result: LoadResult) =>
  `${label.padEnd(40)} ${result.perSecond.toFixed(0).padStart(6)} requests/s   p50 ${result.p50.toFixed(1).padStart(6)} ms   p99 ${result.p99.toFixed(1).padStart(6)} ms   (${result.ok} ok, ${result.failed} failed ${JSON.stringify(result.statuses)})`;

console.log(machineLine());
// The web's own order endpoint (session cookie, envelope) is the reference for `add`. Both clients read
// the answer as JSON; both warm up, then they take turns (bench/lib/turns.ts).
const web = (client: number, link: string) =>
  fetch(`http://localhost:${PORT}/api/user/create-orders`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: resellers[client].cookie },
    body: JSON.stringify({ serviceId: service.id, link, qty: 100 }),
  }).then(async (res) => {
    await res.json();
    return res.status === 201 ? 200 : res.status;
  });
await runLoad({ clients: 8, seconds: 3, send: (client, seq) => add(client, `https://example.com/warm/${client}/${seq}`) });
await runLoad({ clients: 8, seconds: 3, send: (client, seq) => web(client, `https://example.com/warm-web/${client}/${seq}`) });
const [adds, webs] = await runInTurns(4, [
  { clients: CLIENTS, seconds: SECONDS, send: (client, seq, turn) => add(client, `https://example.com/add/${turn}/${client}/${seq}`) },
  { clients: CLIENTS, seconds: SECONDS, send: (client, seq, turn) => web(client, `https://example.com/web/${turn}/${client}/${seq}`) },
]);
console.log(line(`add, ${CLIENTS} clients (own key and wallet each)`, adds.result));
console.log(`  CPU per request: ${adds.cpu}`);
console.log(line("reference: web POST /api/user/create-orders", webs.result));
console.log(`  CPU per request: ${webs.cpu}`);
// Every client needs 100 orders of its own to ask about.
await Promise.all(
  ordersOf.map(async (orders, client) => {
    for (let seq = 0; orders.length < 100; seq += 1) await add(client, `https://example.com/top-up/${client}/${seq}`);
  }),
);
// The floor under any route on this machine, in the same run and in turns with `status`.
const health = () => healthRequest(PORT);
const [statuses, floor] = await runInTurns(4, [
  { clients: CLIENTS, seconds: SECONDS, send: (client) => status100(client) },
  { clients: CLIENTS, seconds: Math.min(SECONDS, 10), send: health },
]);
console.log(line(`status of 100 orders, ${CLIENTS} clients`, statuses.result));
console.log(`  CPU per request: ${statuses.cpu}`);
console.log(line(`HTTP floor: GET /api/health, ${CLIENTS} clients`, floor.result));
console.log(`  CPU per request: ${floor.cpu}`);
const addTrips = await stats.roundTrips(database, 50, (seq) => add(0, `https://example.com/trips/${seq}`));
const statusTrips = await stats.roundTrips(database, 20, () => status100(0));
console.log(`DB round trips per request: ${addTrips.toFixed(1)} (add), ${statusTrips.toFixed(1)} (status of 100)`);
console.log(
  `add / web: ${(adds.result.perSecond / webs.result.perSecond).toFixed(2)}; status of 100 / HTTP floor: ${(statuses.result.perSecond / floor.result.perSecond).toFixed(2)}`,
);
const ledger = await checkLedger();
console.log(`ledger = balance after the run: ${ledger.mismatches.length === 0 ? "yes" : `NO (${ledger.mismatches.length} mismatches)`}`);

await stats.close();
await db.$disconnect();
stopServer();
await database.stop();
process.exit(0);
