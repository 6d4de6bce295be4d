// `prisma migrate dev --create-only`, offline. The engine replays the migrations on a shadow database and
// diffs the result against the Prisma schema (its own SQL renderer, so the script is what Prisma writes);
// we write it out as the CLI would. The wasm engine's createMigration cannot be used: for PostgreSQL it
// fails with "shadow DB must be provided through an external factory", while diff does use our factory.
import { NO_FILTERS, withSchemaEngine } from "./engine.ts";
import { migrationNameFrom, readMigrationsFolder, toMigrationList, writeMigration } from "./migrations-folder.ts";
import { projectPaths, readSchemaFiles, type MigratorOptions } from "./project.ts";

/** Writes a new migration folder and returns its path, or returns null when the schema has not changed. */
export async function createMigration(options: MigratorOptions & { name: string }): Promise<string | null> {
  const paths = projectPaths(options);
  const name = migrationNameFrom(options.name);
  if (name === "") throw new Error(`"${options.name}" is not a usable migration name`);
  const folder = await readMigrationsFolder(paths.migrationsDir);
  const files = await readSchemaFiles(paths.schemaPath);

  const result = await withSchemaEngine({ databaseUrl: options.databaseUrl, schemaFiles: files }, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...toMigrationList(folder) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true, // 2 when there is a difference, 0 when there is none
      filters: NO_FILTERS,
    }),
  );
  if (result.exitCode === 0 || !result.stdout) return null;
  return writeMigration(paths.migrationsDir, `${timestamp(new Date())}_${name}`, "sql", result.stdout);
}

/** The engine's folder prefix: UTC, YYYYMMDDHHMMSS. */
function timestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, "").slice(0, 14);
}
