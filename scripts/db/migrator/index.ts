// Prisma Migrate without the Prisma CLI's native engine (see engine.ts for why and for the pinned versions).
export { createMigration } from "./create-migration.ts";
export { deployMigrations, type DeployResult } from "./deploy-migrations.ts";
export { diffDatabaseAgainstSchema } from "./diff-database.ts";
export { migrationStatus } from "./migration-status.ts";
export { MigrationHistoryError, type MigrationHistory, type MigrationRecord } from "./history.ts";
export { checksumOf } from "./migrations-folder.ts";
export type { MigratorOptions } from "./project.ts";
