import type { CatalogOptions } from "./catalog";

// Behaviour switches read from the provider URL's query string (see app/api/demo-provider/v2/route.ts).
export const FAULTS = ["timeout_after_accept", "http_500", "error", "out_of_funds"] as const;
export type DemoFault = (typeof FAULTS)[number];
export const OUTCOMES = ["completed", "partial", "canceled"] as const;
export type DemoOutcome = (typeof OUTCOMES)[number];

export const DEFAULT_DURATION_MS = 60_000;
export const MAX_DURATION_MS = 7 * 24 * 3_600_000;
/** Nothing sleeps or hangs longer than this. */
export const MAX_WAIT_MS = 60_000;

export interface DemoOptions {
  catalog: CatalogOptions;
  /** How long a new order takes from Pending to its final status. */
  durationMs: number;
  /** Forces the outcome of new orders (`?outcome=partial`); otherwise derived from the order id. */
  outcome?: DemoOutcome;
  latencyMs: number;
  fault?: DemoFault;
  /** Actions the fault applies to; undefined = the fault's default set. */
  faultActions?: ReadonlySet<string>;
  /** Share of affected requests that fail, in thousandths (1000 = every one). */
  faultPerMille: number;
  /** How long `timeout_after_accept` holds the answer back (at most MAX_WAIT_MS). */
  hangMs: number;
}

function integer(search: URLSearchParams, name: string): number | undefined {
  const text = search.get(name)?.trim();
  if (!text || !/^\d{1,12}$/.test(text)) return undefined;
  return Number(text);
}

function decimal(search: URLSearchParams, name: string): number | undefined {
  const text = search.get(name)?.trim();
  if (!text || !/^\d{0,9}(\.\d{1,6})?$/.test(text)) return undefined;
  return Number(text);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function durationFrom(search: URLSearchParams): number {
  const explicit = integer(search, "durationMs");
  if (explicit !== undefined) return clamp(explicit, 0, MAX_DURATION_MS);
  const speed = decimal(search, "speed");
  if (speed !== undefined && speed > 0) return clamp(Math.round(DEFAULT_DURATION_MS / speed), 0, MAX_DURATION_MS);
  return DEFAULT_DURATION_MS;
}

function oneOf<T extends string>(values: readonly T[], text: string | null): T | undefined {
  return values.find((value) => value === text?.trim().toLowerCase());
}

export function parseDemoOptions(search: URLSearchParams): DemoOptions {
  const actions = search.get("faultActions");
  const rate = decimal(search, "faultRate");
  return {
    catalog: { size: integer(search, "catalogSize") ?? 0, variant: integer(search, "catalogVariant") ?? 0 },
    durationMs: durationFrom(search),
    outcome: oneOf(OUTCOMES, search.get("outcome")),
    latencyMs: clamp(integer(search, "latencyMs") ?? 0, 0, MAX_WAIT_MS),
    fault: oneOf(FAULTS, search.get("fault")),
    faultActions: actions
      ? new Set(
          actions
            .split(",")
            .map((action) => action.trim().toLowerCase())
            .filter(Boolean),
        )
      : undefined,
    faultPerMille: rate === undefined ? 1000 : clamp(Math.round(rate * 1000), 0, 1000),
    hangMs: clamp(integer(search, "hangMs") ?? MAX_WAIT_MS, 0, MAX_WAIT_MS),
  };
}
