import { startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded";
import { deployMigrations } from "../db/migrator";
import type { RuntimeMode } from "@/lib/system/mode-rules";

export type PreparedDatabase = { url: string; embedded: EmbeddedDatabase | null };

/**
 * DATABASE_URL when set (Supabase or any PostgreSQL); otherwise, in local mode only, the embedded
 * PostgreSQL with its data in PANEL_DATA_DIR (default .data/postgres). Migrations are applied either
 * way, through DIRECT_URL when set (a transaction pooler cannot hold the migrator's advisory lock).
 */
export async function prepareDatabase(log: (line: string) => void, mode: RuntimeMode): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  if (!process.env.DATABASE_URL && mode !== "local")
    throw new Error(`DATABASE_URL is required in ${mode} mode; the embedded PostgreSQL is for local mode only`);
  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.PANEL_DB_PORT ?? 54329);
    const dataDir = process.env.PANEL_DATA_DIR ?? ".data/postgres";
    const started = Date.now();
    embedded = await startEmbeddedPostgres({ dataDir, port, database: "panel", log });
    log(`Embedded PostgreSQL ready on 127.0.0.1:${port} (${dataDir}) in ${Date.now() - started} ms`);
    process.env.DATABASE_URL = embedded.url;
    process.env.PANEL_DATABASE_MODE = "embedded";
  } else {
    process.env.PANEL_DATABASE_MODE ??= "external";
    log("Using the database in DATABASE_URL");
  }
  const started = Date.now();
  const { applied } = await deployMigrations({ databaseUrl: process.env.DIRECT_URL || process.env.DATABASE_URL });
  log(applied.length ? `Applied migrations: ${applied.join(", ")} (${Date.now() - started} ms)` : "Database schema is up to date");
  return { url: process.env.DATABASE_URL, embedded };
}
