import type { DemoFault, DemoOptions } from "./options";

// Which requests a configured fault hits. Deterministic: the n-th affected request (counted per
// fault configuration) fails when floor(n × rate) moves up, so faultRate=0.3 fails requests
// 4, 7, 10, 14, … — exactly 3 in every 10.

const DEFAULT_ACTIONS: Record<DemoFault, readonly string[] | "all"> = {
  timeout_after_accept: ["add"],
  out_of_funds: ["add"],
  http_500: "all",
  error: "all",
};

const counters = new Map<string, number>();

export function faultFor(options: DemoOptions, action: string): DemoFault | undefined {
  const { fault, faultPerMille } = options;
  if (!fault || faultPerMille <= 0) return undefined;
  if (fault === "timeout_after_accept" && action !== "add") return undefined;
  const actions = options.faultActions ? [...options.faultActions] : DEFAULT_ACTIONS[fault];
  if (actions !== "all" && !actions.includes(action)) return undefined;
  if (faultPerMille >= 1000) return fault;
  const key = `${fault}|${actions === "all" ? "*" : [...actions].sort().join(",")}|${faultPerMille}`;
  const count = (counters.get(key) ?? 0) + 1;
  counters.set(key, count);
  return Math.floor((count * faultPerMille) / 1000) > Math.floor(((count - 1) * faultPerMille) / 1000) ? fault : undefined;
}

/** Starts every fault rate's count again (tests). */
export function resetDemoFaultCounters(): void {
  counters.clear();
}

export const HTTP_500_PAGE =
  "<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head>" +
  "<body><center><h1>500 Internal Server Error</h1></center><hr><center>nginx</center></body></html>";
