// `npm run stats:check`: the dashboard's daily order totals equal a recount from the orders
// (docs/REPORTS.md). Exits 1 on any difference, so it can run from cron or CI, like ledger:check.
import { decideRuntimeMode } from "@/lib/system/mode-rules";
import { ensureLocalSecrets, loadEnvFiles } from "./lib/local-env";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded";

loadEnvFiles();
const decision = decideRuntimeMode(process.env);
const local = "mode" in decision && decision.mode === "local";
if (local) ensureLocalSecrets(() => {});
let embedded: EmbeddedDatabase | null = null;
if (!process.env.DATABASE_URL && !local) {
  console.error("DATABASE_URL is required outside local mode (the embedded PostgreSQL is local-only).");
  process.exit(1);
}
if (!process.env.DATABASE_URL) {
  embedded = await startEmbeddedPostgres({
    dataDir: process.env.PANEL_DATA_DIR ?? ".data/postgres",
    port: Number(process.env.PANEL_DB_PORT ?? 54329),
    database: "panel",
  });
  process.env.DATABASE_URL = embedded.url;
}
let failed = false;
try {
  const { checkOrderStats } = await import("@/lib/reports/check-order-stats");
  const { db } = await import("@/lib/db");
  const report = await checkOrderStats();
  console.log(`Checked ${report.keys} day/service/provider totals against a recount of the orders.`);
  for (const row of report.mismatches) console.log(`MISMATCH ${row.table} ${row.key}: recount ${row.counted} ≠ kept ${row.kept}`);
  failed = report.mismatches.length > 0;
  console.log(failed ? "Stats check FAILED: run SELECT rebuild_order_stats() after finding the cause." : "Stats check passed.");
  await db.$disconnect();
} finally {
  await embedded?.stop();
}
process.exit(failed ? 1 : 0);
