// Reads Prisma's _prisma_migrations table with plain pg and compares it with the migrations folder,
// so that an up-to-date database is recognised without starting the schema engine.
import pg from "pg";
import { migratorConnection } from "./connection.ts";
import { withoutSpanTrace } from "./engine-errors.ts";
import { checksumMatches, type LocalMigration } from "./migrations-folder.ts";

export type MigrationRecord = {
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
};

export type MigrationHistory = {
  /** Finished, not rolled back, in the order they were started. */
  applied: string[];
  /** In the folder but not applied (or only rolled back), in folder order. */
  pending: string[];
  /** Started but neither finished nor rolled back: Prisma refuses to deploy until they are resolved. */
  failed: MigrationRecord[];
  /** Applied, but migration.sql no longer matches the recorded checksum. */
  edited: string[];
  /** Applied to the database but absent from the folder. */
  unknown: string[];
};

/** Rows of _prisma_migrations, or [] when the table does not exist yet. */
export async function readMigrationRecords(databaseUrl: string): Promise<MigrationRecord[]> {
  const client = new pg.Client(migratorConnection(databaseUrl));
  await client.connect();
  try {
    const table = await client.query<{ exists: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists");
    if (!table.rows[0]?.exists) return [];
    const records = await client.query<MigrationRecord>(
      `SELECT migration_name, checksum, started_at, finished_at, rolled_back_at, logs, applied_steps_count
         FROM _prisma_migrations ORDER BY started_at, migration_name`,
    );
    return records.rows;
  } finally {
    await client.end();
  }
}

export function compareHistory(local: LocalMigration[], records: MigrationRecord[]): MigrationHistory {
  const live = records.filter((record) => record.rolled_back_at === null);
  const finished = live.filter((record) => record.finished_at !== null);
  const byName = new Map(local.map((migration) => [migration.name, migration]));
  const liveNames = new Set(live.map((record) => record.migration_name));
  return {
    applied: finished.map((record) => record.migration_name),
    pending: local.filter((migration) => !liveNames.has(migration.name)).map((migration) => migration.name),
    failed: live.filter((record) => record.finished_at === null),
    edited: finished
      .filter((record) => {
        const migration = byName.get(record.migration_name);
        return migration !== undefined && !checksumMatches(migration.script, record.checksum);
      })
      .map((record) => record.migration_name),
    unknown: finished.filter((record) => !byName.has(record.migration_name)).map((record) => record.migration_name),
  };
}

/** Throws the reason deploy must stop, if there is one. */
export function assertDeployable(history: MigrationHistory): void {
  if (history.failed.length > 0) {
    const details = history.failed
      .map((record) => {
        const logs = record.logs ? withoutSpanTrace(record.logs).replaceAll("\n", " / ") : "";
        return `  - ${record.migration_name} (started ${record.started_at.toISOString()})${logs ? `: ${logs}` : ""}`;
      })
      .join("\n");
    throw new MigrationHistoryError(`Refusing to deploy: a previous migration failed and was never resolved.\n${details}\n${RESOLVE_HINT}`);
  }
  if (history.edited.length > 0) {
    throw new MigrationHistoryError(
      `Refusing to deploy: applied migration(s) changed on disk since they were applied (checksum mismatch):\n` +
        history.edited.map((name) => `  - ${name}`).join("\n") +
        "\nRestore the original migration.sql and put the change in a new migration.",
    );
  }
}

/** What to do about a failed migration (the Prisma CLI's `migrate resolve` needs its native engine). */
export const RESOLVE_HINT =
  "Make sure the database holds none of its changes (fix them by hand if needed), then mark it rolled back: " +
  "`prisma migrate resolve --rolled-back <name>`, or offline " +
  "UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '<name>' AND finished_at IS NULL; " +
  "then deploy again.";

export class MigrationHistoryError extends Error {
  override name = "MigrationHistoryError";
}
