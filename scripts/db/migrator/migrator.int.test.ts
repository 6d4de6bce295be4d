// The offline migrator against a real (embedded) PostgreSQL: prisma/migrations applied to a fresh database
// must produce exactly prisma/schema.prisma, be recorded as Prisma records them, and be refused when the
// recorded history no longer matches the files.
import { createHash, randomUUID } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../embedded.ts";
import { createMigration, deployMigrations, diffDatabaseAgainstSchema, MigrationHistoryError } from "./index.ts";

const MIGRATIONS_DIR = fileURLToPath(new URL("../../../prisma/migrations/", import.meta.url));
const SLOW = 60_000;

// Not created here: initdb creates it as the postgres user (a root-owned mkdtemp folder would be unreadable).
const dataDir = path.join(os.tmpdir(), `migrator-test-pg-${randomUUID()}`);
let workDir: string;
let database: EmbeddedDatabase;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "migrator-test-"));
  // Beside the shared test database's port (TEST_DB_PORT), so checkouts running side by side do not collide.
  database = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.TEST_DB_PORT ?? 54331) + 67,
    database: "migrator_test",
    fresh: true,
  });
}, 120_000);

afterAll(async () => {
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
  await rm(workDir, { recursive: true, force: true });
}, SLOW);

async function localMigrations(): Promise<{ name: string; checksum: string }[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const script = await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"));
      return { name, checksum: createHash("sha256").update(script).digest("hex") };
    }),
  );
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A new, empty database in the test cluster. */
async function emptyDatabase(name: string): Promise<string> {
  await query(database.url, `CREATE DATABASE "${name}"`);
  const url = new URL(database.url);
  url.pathname = `/${name}`;
  return url.toString();
}

describe("deployMigrations on a fresh database", () => {
  it(
    "applies every migration, and the database then matches the Prisma schema",
    async () => {
      const local = await localMigrations();
      expect(local.length).toBeGreaterThan(0);

      const result = await deployMigrations({ databaseUrl: database.url });

      expect(result.applied).toEqual(local.map((migration) => migration.name));
      expect(await diffDatabaseAgainstSchema({ databaseUrl: database.url })).toBe("");
    },
    SLOW,
  );

  it(
    "is a no-op the second time",
    async () => {
      const before = await query(database.url, "SELECT id FROM _prisma_migrations ORDER BY id");

      const result = await deployMigrations({ databaseUrl: database.url });

      expect(result).toEqual({ applied: [], unknown: [] });
      expect(await query(database.url, "SELECT id FROM _prisma_migrations ORDER BY id")).toEqual(before);
    },
    SLOW,
  );

  it(
    "records each migration in _prisma_migrations as Prisma does",
    async () => {
      const rows = await query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        rolled_back_at: Date | null;
        logs: string | null;
        applied_steps_count: number;
      }>(
        database.url,
        `SELECT migration_name, checksum, finished_at, rolled_back_at, logs, applied_steps_count
         FROM _prisma_migrations ORDER BY migration_name`,
      );

      const local = await localMigrations();
      expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(local.map((migration) => [migration.name, migration.checksum]));
      for (const row of rows) {
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.rolled_back_at).toBeNull();
        expect(row.logs).toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
    },
    SLOW,
  );

  it(
    "makes ledger_entries immutable",
    async () => {
      await query(
        database.url,
        `INSERT INTO users (id, email, full_name, password_hash, updated_at)
       VALUES ('u1', 'ledger@example.com', 'Ledger Test', 'x', now())`,
      );
      await query(
        database.url,
        `INSERT INTO ledger_entries (id, user_id, kind, amount, balance_after, reference_type, reference_id)
       VALUES ('l1', 'u1', 'SEED_CREDIT', 100, 100, 'seed', 'l1')`,
      );

      await expect(query(database.url, "UPDATE ledger_entries SET memo = 'edited' WHERE id = 'l1'")).rejects.toThrow(
        "ledger_entries are immutable",
      );
      await expect(query(database.url, "DELETE FROM ledger_entries WHERE id = 'l1'")).rejects.toThrow("ledger_entries are immutable");
      expect(await query(database.url, "SELECT memo FROM ledger_entries WHERE id = 'l1'")).toEqual([{ memo: null }]);
    },
    SLOW,
  );
});

describe("deployMigrations stops at a history it cannot trust", () => {
  it(
    "refuses when an applied migration's checksum changed",
    async () => {
      const url = await emptyDatabase("migrator_tampered");
      await deployMigrations({ databaseUrl: url });
      const [first] = await localMigrations();
      await query(url, "UPDATE _prisma_migrations SET checksum = $1 WHERE migration_name = $2", ["0".repeat(64), first?.name]);

      const deploy = deployMigrations({ databaseUrl: url });

      await expect(deploy).rejects.toBeInstanceOf(MigrationHistoryError);
      await expect(deploy).rejects.toThrow("checksum mismatch");
      await expect(deploy).rejects.toThrow(first?.name ?? "?");
    },
    SLOW,
  );

  it(
    "rolls a failing migration back, records it as failed, and then refuses to go on",
    async () => {
      const url = await emptyDatabase("migrator_broken");
      const migrationsDir = path.join(workDir, "broken-migrations");
      await cp(MIGRATIONS_DIR, migrationsDir, { recursive: true });
      await mkdir(path.join(migrationsDir, "29991231000000_broken"));
      const script = 'CREATE TABLE "broken_probe" ("id" INTEGER);\nSELECT 1/0;\n';
      await writeFile(path.join(migrationsDir, "29991231000000_broken", "migration.sql"), script);

      await expect(deployMigrations({ databaseUrl: url, migrationsDir })).rejects.toThrow(
        /29991231000000_broken failed[\s\S]*division by zero/,
      );

      expect(await query(url, "SELECT to_regclass('broken_probe') AS probe")).toEqual([{ probe: null }]);
      const [broken] = await query<{ finished_at: Date | null; logs: string | null }>(
        url,
        "SELECT finished_at, logs FROM _prisma_migrations WHERE migration_name = '29991231000000_broken'",
      );
      expect(broken?.finished_at).toBeNull();
      expect(broken?.logs).toContain("division by zero");
      await expect(deployMigrations({ databaseUrl: url, migrationsDir })).rejects.toThrow(/previous migration failed/);
    },
    SLOW,
  );

  it(
    "refuses when a previous migration failed",
    async () => {
      const url = await emptyDatabase("migrator_failed");
      await deployMigrations({ databaseUrl: url });
      await query(url, "UPDATE _prisma_migrations SET finished_at = NULL, logs = 'boom'");

      await expect(deployMigrations({ databaseUrl: url })).rejects.toThrow(/previous migration failed[\s\S]*boom/);
    },
    SLOW,
  );
});

describe("createMigration", () => {
  it(
    "finds nothing to create when the migrations already match the schema, and leaves no shadow database",
    async () => {
      const copy = path.join(workDir, "migrations");
      await cp(MIGRATIONS_DIR, copy, { recursive: true });

      expect(await createMigration({ databaseUrl: database.url, name: "nothing", migrationsDir: copy })).toBeNull();
      expect(await readdir(copy)).toEqual(await readdir(MIGRATIONS_DIR));
      const shadows = await query(database.url, "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'");
      expect(shadows).toEqual([]);
    },
    SLOW,
  );
});
