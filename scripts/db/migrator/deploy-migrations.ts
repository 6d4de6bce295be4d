// `prisma migrate deploy`, offline. Cheap when there is nothing to do (one query, no engine), so it can
// run on every start; otherwise the engine's own applyMigrations applies and records the migrations.
import { NO_FILTERS, withSchemaEngine } from "./engine.ts";
import { assertDeployable, compareHistory, MigrationHistoryError, readMigrationRecords, RESOLVE_HINT } from "./history.ts";
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
 * edited, an earlier one failed, or one fails now (it is then recorded as failed, as Prisma does).
 */
export async function deployMigrations(options: MigratorOptions): Promise<DeployResult> {
  const paths = projectPaths(options);
  const folder = await readMigrationsFolder(paths.migrationsDir);
  const history = compareHistory(folder.migrations, await readMigrationRecords(options.databaseUrl));
  assertDeployable(history);
  if (history.pending.length === 0) return { applied: [], unknown: history.unknown };

  const schemaFiles = await readSchemaFiles(paths.schemaPath);
  try {
    const output = await withSchemaEngine({ databaseUrl: options.databaseUrl, schemaFiles }, (engine) =>
      // The engine takes Prisma's advisory lock, so concurrent deploys apply each migration once.
      engine.applyMigrations({ migrationsList: toMigrationList(folder), filters: NO_FILTERS }),
    );
    return { applied: output.appliedMigrationNames, unknown: history.unknown };
  } catch (error) {
    // The engine has recorded the failure; name the migration, which its message leaves out.
    const records = await readMigrationRecords(options.databaseUrl).catch((readError: unknown) => {
      throw new AggregateError([error, readError], "Applying migrations failed, then reading _prisma_migrations failed");
    });
    const failed = compareHistory(folder.migrations, records).failed.map((record) => record.migration_name);
    if (failed.length === 0) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    // Each script ran as one implicit transaction, so PostgreSQL has undone the failed one.
    throw new MigrationHistoryError(`Migration ${failed.join(", ")} failed: ${reason}\n${RESOLVE_HINT}`, {
      cause: error,
    });
  }
}
