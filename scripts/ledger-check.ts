// `npm run ledger:check`: for every user, ledger sum = cached balance, and no balance below its limit.
// Exits 1 when the invariant is broken, so it can run from cron or CI.
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
  const { checkLedger } = await import("@/lib/wallet/check-ledger");
  const { db } = await import("@/lib/db");
  const report = await checkLedger();
  console.log(`Checked ${report.users} users.`);
  for (const row of report.mismatches)
    console.log(`MISMATCH ${row.userId} ${row.email}: balance ${row.balance} ≠ ledger sum ${row.ledgerSum}`);
  for (const row of report.belowLimit)
    console.log(`BELOW LIMIT ${row.userId} ${row.email}: balance ${row.balance}, credit limit ${row.creditLimit}`);
  failed = report.mismatches.length > 0 || report.belowLimit.length > 0;
  console.log(failed ? "Ledger check FAILED." : "Ledger check passed: every balance equals its ledger sum.");
  await db.$disconnect();
} finally {
  await embedded?.stop();
}
process.exit(failed ? 1 : 0);
