// Server actions read the request through next/headers; outside Next that needs the two stores Next
// itself opens for an action (the same AsyncLocalStorages, holding the caller's headers).
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";

// Next's server installs this global before its request storages are created; a test must do the same.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
const require = createRequire(import.meta.url);
// The very modules next/headers requires (an ESM import could load a second copy with its own storage).
const { workAsyncStorage } =
  require("next/dist/server/app-render/work-async-storage.external.js") as typeof import("next/dist/server/app-render/work-async-storage.external");
const { workUnitAsyncStorage } =
  require("next/dist/server/app-render/work-unit-async-storage.external.js") as typeof import("next/dist/server/app-render/work-unit-async-storage.external");

export function inRequestScope<T>(headers: Headers, run: () => Promise<T>): Promise<T> {
  const work = { route: "/bad-input-test", forceStatic: false, dynamicShouldError: false, isStaticGeneration: false };
  const request = { type: "request", phase: "action", headers, url: { pathname: "/", search: "" } };
  return workAsyncStorage.run(work as never, () => workUnitAsyncStorage.run(request as never, run));
}
