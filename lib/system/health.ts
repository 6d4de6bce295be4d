import { db } from "@/lib/db";
import { counterStore } from "@/lib/cache/store";
import packageJson from "@/package.json";
import { describeParts, type RuntimeParts } from "./parts";

const CHECK_TIMEOUT_MS = 3_000;

type Check = { reachable: boolean; latencyMs: number | null };

export type Health = RuntimeParts & {
  /** "degraded" when a part this process depends on does not answer. */
  status: "ok" | "degraded";
  version: string;
  database: Check;
  /** The shared rate-limit store, when it is a remote one (Upstash). */
  cache: Check | null;
};

async function check(probe: () => Promise<unknown>): Promise<Check> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return { reachable: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { reachable: false, latencyMs: null };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(): Promise<Health> {
  const runtime = describeParts();
  const store = counterStore();
  const [database, cache] = await Promise.all([
    check(() => db.$queryRaw`SELECT 1`),
    store.kind === "upstash" ? check(() => store.ping()) : null,
  ]);
  const healthy = database.reachable && (cache?.reachable ?? true);
  return { status: healthy ? "ok" : "degraded", version: packageJson.version, ...runtime, database, cache };
}
