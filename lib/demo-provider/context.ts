import type { DemoOptions } from "./options";

/** What an action needs besides its parameters: the URL switches, a clock tests can move, the client's abort signal. */
export interface DemoContext {
  options: DemoOptions;
  now: () => Date;
  signal?: AbortSignal;
}

/** Resolves after `ms`, or at once when `signal` aborts (never rejects). */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
