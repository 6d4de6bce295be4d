// Prisma Migrate for this project without the Prisma CLI's native engine (unreachable offline, see STACK.md).
//   npx tsx scripts/db/migrate.ts deploy          apply pending migrations (no-op when up to date)
//   npx tsx scripts/db/migrate.ts create <name>   write prisma/migrations/<timestamp>_<name> from schema changes
//   npx tsx scripts/db/migrate.ts status          compare prisma/migrations with the database
// Uses DATABASE_URL, or else starts (and afterwards stops) the embedded PostgreSQL in .data/postgres.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres } from "./embedded.ts";
import { createMigration, deployMigrations, MigrationHistoryError, migrationStatus } from "./migrator/index.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const USAGE = "Usage: npx tsx scripts/db/migrate.ts deploy | status | create <name>";

async function run(command: string | undefined, args: string[], databaseUrl: string): Promise<number> {
  const started = performance.now();
  const elapsed = () => `${Math.round(performance.now() - started)} ms`;
  switch (command) {
    case "deploy": {
      const { applied, unknown } = await deployMigrations({ databaseUrl });
      for (const name of unknown) console.log(`Warning: ${name} is applied but missing from prisma/migrations.`);
      for (const name of applied) console.log(`Applied ${name}`);
      console.log(applied.length ? `${applied.length} migration(s) applied (${elapsed()}).` : `Database is up to date (${elapsed()}).`);
      return 0;
    }
    case "create": {
      const name = args.join(" ").trim();
      if (!name) throw new UsageError("create needs a migration name");
      const folder = await createMigration({ databaseUrl, name });
      console.log(folder ? `Created ${path.relative(ROOT, folder)}/migration.sql (${elapsed()}).` : `No schema changes; no migration created (${elapsed()}).`);
      return 0;
    }
    case "status": {
      const status = await migrationStatus({ databaseUrl });
      console.log(`${status.applied.length} applied, ${status.pending.length} pending.`);
      for (const name of status.pending) console.log(`  pending: ${name}`);
      for (const record of status.failed) console.log(`  FAILED:  ${record.migration_name}`);
      for (const name of status.edited) console.log(`  EDITED after it was applied: ${name}`);
      for (const name of status.unknown) console.log(`  applied but missing from prisma/migrations: ${name}`);
      const clean = status.pending.length + status.failed.length + status.edited.length === 0;
      if (clean) console.log("Database is up to date.");
      return clean ? 0 : 1;
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}"` : "No command given");
  }
}

class UsageError extends Error {}

/** host:port/database, without credentials. */
function describe(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.host}${url.pathname}`;
}

const [command, ...args] = process.argv.slice(2);
let databaseUrl = process.env.DATABASE_URL;
let stopDatabase: (() => Promise<void>) | undefined;
try {
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(ROOT, ".data/postgres"),
      port: 54329,
      database: "panel",
      log: (line) => console.log(line),
    });
    databaseUrl = embedded.url;
    stopDatabase = embedded.stop;
    console.log(`Embedded PostgreSQL: ${describe(databaseUrl)}`);
  } else {
    console.log(`Database: ${describe(databaseUrl)}`);
  }
  process.exitCode = await run(command, args, databaseUrl);
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
  else if (error instanceof MigrationHistoryError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
} finally {
  await stopDatabase?.();
}
