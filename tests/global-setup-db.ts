import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../scripts/db/embedded";
import { deployMigrations } from "../scripts/db/migrator";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** A real, fresh PostgreSQL for the integration tests, migrated with the project's own migrations. */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "smm-panel-it-"));
  const port = Number(process.env.TEST_DB_PORT ?? 54331);
  const database = await startEmbeddedPostgres({ dataDir, port, database: "panel_test", fresh: true });
  await deployMigrations({ databaseUrl: database.url });
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
