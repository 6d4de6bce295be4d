// Where the project keeps its Prisma schema and migrations (as in prisma.config.ts), and how to read them.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export type MigratorOptions = {
  databaseUrl: string;
  /** Defaults to prisma/schema.prisma in the project. */
  schemaPath?: string;
  /** Defaults to prisma/migrations in the project. */
  migrationsDir?: string;
};

export type ProjectPaths = {
  root: string;
  schemaPath: string;
  migrationsDir: string;
};

export function projectPaths(options: Omit<MigratorOptions, "databaseUrl">): ProjectPaths {
  return {
    root: PROJECT_ROOT,
    schemaPath: path.resolve(PROJECT_ROOT, options.schemaPath ?? "prisma/schema.prisma"),
    migrationsDir: path.resolve(PROJECT_ROOT, options.migrationsDir ?? "prisma/migrations"),
  };
}

export type SchemaFile = { path: string; content: string };

/** The project keeps its whole schema in one file. */
export async function readSchemaFiles(schemaPath: string): Promise<SchemaFile[]> {
  return [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
}
