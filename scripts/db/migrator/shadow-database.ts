// A throwaway database on the same server, where the engine replays the migrations to learn what they build.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { migratorConnection } from "./connection.ts";

export type ShadowDatabase = {
  /** The main database URL with the shadow database's name in its path (query parameters kept). */
  url: string;
  drop: () => Promise<void>;
};

export async function createShadowDatabase(databaseUrl: string): Promise<ShadowDatabase> {
  // Same naming as Prisma, so leftovers are recognisable.
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  await runOnServer(databaseUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => runOnServer(databaseUrl, `DROP DATABASE IF EXISTS "${name}"`),
  };
}

async function runOnServer(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client(migratorConnection(databaseUrl));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
