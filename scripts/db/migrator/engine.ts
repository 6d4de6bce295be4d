// Runs Prisma's schema engine (WebAssembly build) in-process, talking to PostgreSQL through a driver adapter,
// because the Prisma CLI's native engine cannot be downloaded on offline machines (see STACK.md).
//
// PIN-SENSITIVE: this drives an internal, unversioned API. Verified with
//   @prisma/schema-engine-wasm 8.1.0-2.59be4fda12412a79eeb9c2ae727b6aa723593323
//   @prisma/adapter-pg 7.10.1, @prisma/driver-adapter-utils 7.10.1, pg 8.23.1, PostgreSQL 18.
// Re-run scripts/db/migrator/migrator.int.test.ts after changing any of these versions.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory, type ErrorRegistry } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createAdapterFactory } from "./adapter.ts";
import type { SchemaFile } from "./project.ts";

export type SchemaEngine = glue.SchemaEngine;

let loading: Promise<void> | undefined;

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: { set_message: (message: string) => void } | undefined;
}
let lastPanic: string | undefined;

// Fix 1: the package's entry point does `import * as wasm from "./schema_engine_bg.wasm"`, which Node refuses
// (ERR_UNKNOWN_FILE_EXTENSION ".wasm"). Instantiate the .wasm file ourselves and hand it to the JS glue instead.
function loadWasm(): Promise<void> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(gluePath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start !== "function") throw new Error("schema-engine-wasm: __wbindgen_start is missing");
    start();
    // The engine's panic hook reports through this global (Prisma's CLI defines it); without it a Rust
    // panic only shows up as "RuntimeError: unreachable", plus a TypeError thrown from the hook itself.
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message) => {
        lastPanic = message;
        process.stderr.write(`[schema-engine] panic: ${message}\n`);
      },
    };
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
export async function withSchemaEngine<T>(
  options: EngineOptions,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
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
    throw withOriginalError(error, factory.errorRegistry);
  }
  await adapters.close();
  return result;
}

/** The engine reports a JS exception thrown inside the adapter as "External error id#N"; recover it. */
function withOriginalError(error: unknown, registry: ErrorRegistry): unknown {
  if (error instanceof WebAssembly.RuntimeError && lastPanic !== undefined) {
    const panic = lastPanic;
    lastPanic = undefined;
    return new Error(`The schema engine panicked: ${panic}`, { cause: error });
  }
  if (!(error instanceof Error)) return error;
  const id = /External error id#(\d+)/.exec(error.message)?.[1];
  const record = id === undefined ? undefined : registry.consumeError(Number(id));
  if (!record) return error;
  const original = record.error instanceof Error ? record.error.message : String(record.error);
  return new Error(`${error.message.split("\n")[0]}: ${original}`, { cause: record.error });
}

function logEngineLine(line: string): void {
  if (process.env.MIGRATOR_DEBUG) process.stderr.write(`[schema-engine] ${line}\n`);
}

/** Entities Prisma would leave alone; this project declares none in prisma.config.ts. */
export const NO_FILTERS = { externalTables: [], externalEnums: [] };
