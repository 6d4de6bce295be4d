// The driver adapter handed to the schema engine: @prisma/adapter-pg with local fixes for the "char" type
// (internal-char.ts), whole-script execution and the shadow database.
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { migratorConnection } from "./connection.ts";
import { restoreInternalCharColumns, tagInternalCharColumns } from "./internal-char.ts";
import { createShadowDatabase, type ShadowDatabase } from "./shadow-database.ts";

export type AdapterFactory = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Closes every pool the engine used, then drops the shadow databases. */
  close: () => Promise<void>;
};

export function createAdapterFactory(databaseUrl: string): AdapterFactory {
  const pools: pg.Pool[] = [];
  const shadows: ShadowDatabase[] = [];

  async function connectTo(url: string): Promise<SqlDriverAdapter> {
    const pool = createPool(url);
    pools.push(pool);
    return withFixes(await new PrismaPg(pool).connect(), pool);
  }

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(databaseUrl),
    // Fix 4: adapter-pg 7.10's own connectToShadowDb spreads `database` next to `connectionString`, where the
    // connection string wins (so the "shadow" pool reaches the main database), and it drops the shadow
    // database while its pool is still open. Create it ourselves, point a pool at it by URL, and drop it
    // in close() once every pool has ended.
    connectToShadowDb: async () => {
      const shadow = await createShadowDatabase(databaseUrl);
      shadows.push(shadow);
      return connectTo(shadow.url);
    },
  };

  async function close(): Promise<void> {
    const ends = await Promise.allSettled(pools.splice(0).map((pool) => pool.end()));
    const drops = await Promise.allSettled(shadows.splice(0).map((shadow) => shadow.drop()));
    const failures = [...ends, ...drops].flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
    if (failures.length > 0) throw new AggregateError(failures, "Closing the schema engine's connections failed");
  }

  return { factory, close };
}

function createPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ ...migratorConnection(connectionString), max: 4 });
  tagInternalCharColumns(pool);
  return pool;
}

/**
 * Restores `"char"` columns in every result, and runs scripts whole: adapter-pg's executeScript splits the
 * script on every ";" and runs the pieces one by one, which breaks function bodies ($$ ... ; ... $$) and
 * leaves half-applied migrations behind. One simple-protocol query instead, as Prisma's native engine sends
 * it: PostgreSQL then runs all of its statements in one implicit transaction (unless the script itself
 * contains BEGIN/COMMIT or statements such as CREATE INDEX CONCURRENTLY).
 */
function withFixes(inner: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: async (query) => restoreInternalCharColumns(await inner.queryRaw(query)),
    executeRaw: (query) => inner.executeRaw(query),
    startTransaction: async (isolationLevel) => transactionWithFixes(await inner.startTransaction(isolationLevel)),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
    executeScript: async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        throw toAdapterError(error);
      }
    },
  };
}

function transactionWithFixes(inner: Transaction): Transaction {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    options: inner.options,
    queryRaw: async (query) => restoreInternalCharColumns(await inner.queryRaw(query)),
    executeRaw: (query) => inner.executeRaw(query),
    commit: () => inner.commit(),
    rollback: () => inner.rollback(),
    createSavepoint: inner.createSavepoint?.bind(inner),
    rollbackToSavepoint: inner.rollbackToSavepoint?.bind(inner),
    releaseSavepoint: inner.releaseSavepoint?.bind(inner),
  };
}

/** The shape adapter-pg gives database errors, so the engine prints them like its own. */
function toAdapterError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError)) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code ?? "N/A",
    severity: error.severity ?? "N/A",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}
