// `prisma migrate diff --from-config-datasource --to-schema <schema> --script`, offline.
import { NO_FILTERS, withSchemaEngine } from "./engine.ts";
import { projectPaths, readSchemaFiles, type MigratorOptions } from "./project.ts";

/**
 * The SQL that would bring the live database to prisma/schema.prisma; "" when they match. Objects Prisma does
 * not model (triggers, functions) and the _prisma_migrations table are not compared.
 */
export async function diffDatabaseAgainstSchema(options: MigratorOptions): Promise<string> {
  const paths = projectPaths(options);
  const files = await readSchemaFiles(paths.schemaPath);
  const result = await withSchemaEngine({ databaseUrl: options.databaseUrl, schemaFiles: files }, (engine) =>
    engine.diff({
      from: { tag: "schemaDatasource", files, configDir: paths.root },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true, // 2 when there is a difference, 0 when there is none
      filters: NO_FILTERS,
    }),
  );
  return result.exitCode === 0 ? "" : (result.stdout ?? "");
}
