// The driver adapter handed to the schema engine: @prisma/adapter-pg with three local fixes.
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { createShadowDatabase, type ShadowDatabase } from "./shadow-database.ts";

const PG_INTERNAL_CHAR_OID = 18; // the one-byte `"char"` type of pg_catalog columns (relkind, contype, ...)
const PG_TEXT_OID = 25;

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
    return runScriptsWhole(await new PrismaPg(pool).connect(), pool);
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
  const pool = new pg.Pool({ connectionString, max: 4 });
  // Fix 3: adapter-pg has no column type for PostgreSQL's internal `"char"` (OID 18) and rejects every
  // catalog query that returns one ("Column type 'char' could not be deserialized"). Relabel those
  // columns as text before pg builds the result; the value is a one-character string either way.
  pool.on("connect", (client) => {
    if (client instanceof pg.Client) client.connection.prependListener("rowDescription", relabelInternalChar);
  });
  return pool;
}

function relabelInternalChar(message: unknown): void {
  if (typeof message !== "object" || message === null || !("fields" in message)) return;
  const { fields } = message;
  if (!Array.isArray(fields)) return;
  for (const field of fields) {
    if (field?.dataTypeID === PG_INTERNAL_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
}

/**
 * adapter-pg's executeScript splits the script on every ";" and runs the pieces one by one: that breaks
 * function bodies ($$ ... ; ... $$) and leaves half-applied migrations behind. Send the script in one
 * simple-protocol query instead, as Prisma's native engine does: PostgreSQL then runs all of its statements
 * in one implicit transaction (unless the script itself contains BEGIN/COMMIT).
 */
function runScriptsWhole(inner: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => inner.queryRaw(query),
    executeRaw: (query) => inner.executeRaw(query),
    startTransaction: (isolationLevel) => inner.startTransaction(isolationLevel),
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
