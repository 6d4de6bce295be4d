// A fresh embedded PostgreSQL for one benchmark, counting the statements it logs (round-trips).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../scripts/db/embedded";
import { deployMigrations } from "../../scripts/db/migrator";

export async function startBenchDatabase(
  port: number,
  logStatements = true,
  extra: { settings?: Record<string, string>; onServerLog?: (text: string) => void } = {},
) {
  let statements = 0;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "smm-bench-"));
  const database = await startEmbeddedPostgres({
    dataDir,
    port,
    database: "bench",
    fresh: true,
    settings: { ...(logStatements ? { log_statement: "all", log_min_duration_statement: "-1" } : {}), ...extra.settings },
    onServerLog: (text) => {
      extra.onServerLog?.(text);
      statements += (text.match(/LOG: {2}(statement|execute [^:]*):/g) ?? []).length;
    },
  });
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
    ENCRYPTION_KEY: Buffer.alloc(32, 3).toString("base64"),
    LOG_LEVEL: "silent",
    NODE_ENV: "test",
  });
  await deployMigrations({ databaseUrl: database.url });
  return {
    url: database.url,
    statements: () => statements,
    stop: async () => {
      await database.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function machineLine(): string {
  return `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${new Date().toISOString()}`;
}
