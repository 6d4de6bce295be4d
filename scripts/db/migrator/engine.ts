// Runs Prisma's schema engine (WebAssembly build) in-process, talking to PostgreSQL through a driver adapter,
// because the Prisma CLI's native engine cannot be downloaded on offline machines (see docs/TOOLING.md).
//
// PIN-SENSITIVE: this drives an internal, unversioned API. Verified with
//   @prisma/schema-engine-wasm 8.1.0-2.59be4fda12412a79eeb9c2ae727b6aa723593323
//   @prisma/adapter-pg 7.10.1, @prisma/driver-adapter-utils 7.10.1, pg 8.23.1, PostgreSQL 18.
// Re-run scripts/db/migrator/migrator.int.test.ts after changing any of these versions.
//
// What it takes: (1) load the .wasm by hand and (2) wrap the adapter in Prisma's Result binder (both here),
// (3) deliver PostgreSQL's `"char"` columns as the engine expects (internal-char.ts), (4) our own shadow
// database, and scripts sent whole instead of split on ";" (adapter.ts).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaFilter } from "@prisma/schema-engine-wasm";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createAdapterFactory } from "./adapter.ts";
import { installPanicRegistry, readableEngineError } from "./engine-errors.ts";
import type { SchemaFile } from "./project.ts";

export type SchemaEngine = glue.SchemaEngine;

let loading: Promise<void> | undefined;

// Fix 1: the package's entry point does `import * as wasm from "./schema_engine_bg.wasm"`, which Node refuses
// (ERR_UNKNOWN_FILE_EXTENSION ".wasm"). Instantiate the .wasm file ourselves and hand it to the JS glue instead.
function loadWasm(): Promise<void> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(gluePath.replace(/\.js$/, ".wasm"));
    const imports: WebAssembly.ModuleImports = { ...glue };
    // The engine arms a 10 s timer around its queries (lock timeout) and never clears it, which kept a
    // finished CLI alive for 10 s: unref it, so it no longer keeps the process running.
    for (const name of Object.keys(glue).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
      imports[name] = (handler: () => void, ms: number) => setTimeout(handler, ms >>> 0).unref();
    }
    installPanicRegistry();
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
    glue.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start !== "function") throw new Error("schema-engine-wasm: __wbindgen_start is missing");
    start();
  })();
  return loading;
}

type EngineOptions = {
  databaseUrl: string;
  schemaFiles: SchemaFile[];
};

/**
 * Starts a schema engine connected to `databaseUrl`, runs `work`, then frees the engine, closes its
 * connections and drops any shadow database it created.
 */
export async function withSchemaEngine<T>(options: EngineOptions, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const adapters = createAdapterFactory(options.databaseUrl);
  // Fix 2: the engine expects every adapter call to return a Result ({ ok, value } / { ok: false, error })
  // rather than throw; Prisma's own binder wraps the adapter and keeps thrown JS errors in a registry.
  const factory = bindMigrationAwareSqlAdapterFactory(adapters.factory);
  let result: T;
  try {
    const datamodels = options.schemaFiles.map((file): [string, string] => [file.path, file.content]);
    const engine = await glue.SchemaEngine.new({ datamodels }, logEngineLine, factory);
    try {
      result = await work(engine);
    } finally {
      engine.free();
    }
  } catch (error) {
    await adapters.close().catch((closeError: unknown) => {
      process.stderr.write(`migrator: cleanup after a failure also failed: ${String(closeError)}\n`);
    });
    throw readableEngineError(error, factory.errorRegistry);
  }
  await adapters.close();
  return result;
}

function logEngineLine(line: string): void {
  if (process.env.MIGRATOR_DEBUG) process.stderr.write(`[schema-engine] ${line}\n`);
}

/** Entities Prisma would leave alone; this project declares none in prisma.config.ts. */
export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };
