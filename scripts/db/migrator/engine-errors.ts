// Turning the schema engine's failures into errors a person can act on.
import type { ErrorRegistry } from "@prisma/driver-adapter-utils";

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: { set_message: (message: string) => void } | undefined;
}
let lastPanic: string | undefined;

/**
 * The engine's panic hook reports through this global (Prisma's CLI defines it); without it a Rust panic only
 * shows up as "RuntimeError: unreachable", plus a TypeError thrown from the hook itself. A panic inside an
 * engine callback is not delivered to the caller's promise (the process dies), so print it too.
 */
export function installPanicRegistry(): void {
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message) => {
      lastPanic = message;
      process.stderr.write(`[schema-engine] panic: ${message}\n`);
    },
  };
}

/**
 * A readable error: the engine's message without its Rust span trace (kept in `cause`), a JS exception thrown
 * inside the adapter (reported as "External error id#N") recovered from the registry, or the panic message.
 */
export function readableEngineError(error: unknown, registry: ErrorRegistry): unknown {
  if (error instanceof WebAssembly.RuntimeError && lastPanic !== undefined) {
    const panic = lastPanic;
    lastPanic = undefined;
    return new Error(`The schema engine panicked: ${panic}`, { cause: error });
  }
  if (!(error instanceof Error)) return error;
  const id = /External error id#(\d+)/.exec(error.message)?.[1];
  const record = id === undefined ? undefined : registry.consumeError(Number(id));
  if (!record) {
    const message = withoutSpanTrace(error.message);
    return message === error.message ? error : new Error(message, { cause: error });
  }
  const original = record.error instanceof Error ? record.error.message : String(record.error);
  return new Error(`${error.message.split("\n")[0]}: ${original}`, { cause: record.error });
}

/** "external connector error\nError querying the database: ...\n   0: sql_schema_connector::..." → first lines. */
export function withoutSpanTrace(message: string): string {
  const lines = message.split("\n");
  const traceStart = lines.findIndex((line) => /^\s+\d+: /.test(line));
  return (traceStart === -1 ? lines : lines.slice(0, traceStart)).join("\n").trim();
}
