// For scripts that read the panel's database (ledger:check, stats:check): DATABASE_URL, or in local
// mode the embedded PostgreSQL `npm run dev` uses. Runs `check` and exits 1 when it reports a failure.
import { decideRuntimeMode } from "@/lib/system/mode-rules";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded";
import { ensureLocalSecrets, loadEnvFiles } from "./local-env";

export async function runAgainstPanelDatabase(check: () => Promise<{ failed: boolean }>): Promise<never> {
  loadEnvFiles();
  const decision = decideRuntimeMode(process.env);
  const local = "mode" in decision && decision.mode === "local";
  if (local) ensureLocalSecrets(() => {});
  if (!process.env.DATABASE_URL && !local) {
    console.error("DATABASE_URL is required outside local mode (the embedded PostgreSQL is local-only).");
    process.exit(1);
  }
  let embedded: EmbeddedDatabase | null = null;
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
    ({ failed } = await check());
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  } finally {
    await embedded?.stop();
  }
  process.exit(failed ? 1 : 0);
}
