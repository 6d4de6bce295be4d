// `prisma migrate status`, offline: the folder compared with _prisma_migrations (no engine needed).
import { compareHistory, readMigrationRecords, type MigrationHistory } from "./history.ts";
import { readMigrationsFolder } from "./migrations-folder.ts";
import { projectPaths, type MigratorOptions } from "./project.ts";

export async function migrationStatus(options: MigratorOptions): Promise<MigrationHistory> {
  const folder = await readMigrationsFolder(projectPaths(options).migrationsDir);
  return compareHistory(folder.migrations, await readMigrationRecords(options.databaseUrl));
}
