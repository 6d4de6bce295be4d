// `prisma migrate deploy`, offline. Cheap when there is nothing to do (one query, no engine), so it can
// run on every start; otherwise the engine's own applyMigrations applies and records the migrations.
import { NO_FILTERS, withSchemaEngine } from "./engine.ts";
import { assertDeployable, compareHistory, readMigrationRecords } from "./history.ts";
import { readMigrationsFolder, toMigrationList } from "./migrations-folder.ts";
import { projectPaths, readSchemaFiles, type MigratorOptions } from "./project.ts";

export type DeployResult = {
  /** Migrations applied by this call, in order (empty when the database was up to date). */
  applied: string[];
  /** Applied migrations the folder does not have (Prisma only warns about these too). */
  unknown: string[];
};

/**
 * Applies pending migrations in folder order, each script in one implicit transaction, recording them in
 * _prisma_migrations exactly as Prisma does. Throws MigrationHistoryError if an applied migration was
 * edited or an earlier one failed.
 */
export async function deployMigrations(options: MigratorOptions): Promise<DeployResult> {
  const paths = projectPaths(options);
  const folder = await readMigrationsFolder(paths.migrationsDir);
  const history = compareHistory(folder.migrations, await readMigrationRecords(options.databaseUrl));
  assertDeployable(history);
  if (history.pending.length === 0) return { applied: [], unknown: history.unknown };

  const schemaFiles = await readSchemaFiles(paths.schemaPath);
  const output = await withSchemaEngine({ databaseUrl: options.databaseUrl, schemaFiles }, (engine) =>
    // The engine takes Prisma's advisory lock, so concurrent deploys apply each migration once.
    engine.applyMigrations({ migrationsList: toMigrationList(folder), filters: NO_FILTERS }),
  );
  return { applied: output.appliedMigrationNames, unknown: history.unknown };
}
