import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { counterStore } from "@/lib/cache/store";
import { jobsMode } from "@/lib/jobs/mode";
import packageJson from "@/package.json";

export type Health = {
  status: "ok" | "degraded";
  version: string;
  database: { reachable: boolean; latencyMs: number | null };
  /** Which local default stands in for each cloud part (DESIGN.md's table). */
  parts: Record<"database" | "jobs" | "cache" | "uploads" | "email" | "paymentGateway", string>;
};

export async function checkHealth(): Promise<Health> {
  const config = env();
  const started = performance.now();
  let reachable = true;
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    reachable = false;
  }
  return {
    status: reachable ? "ok" : "degraded",
    version: packageJson.version,
    database: { reachable, latencyMs: reachable ? Math.round(performance.now() - started) : null },
    parts: {
      database: config.PANEL_DATABASE_MODE === "embedded" ? "embedded-postgres" : "external-postgres",
      jobs: { inngest: "inngest", "inngest-dev": "inngest-dev-server", local: "local-runner" }[jobsMode()],
      cache: counterStore().kind === "upstash" ? "upstash-redis" : "in-process",
      uploads: config.UPLOADTHING_TOKEN ? "uploadthing" : "local-disk",
      email: config.RESEND_API_KEY ? "resend" : "dev-mailbox",
      paymentGateway: config.SSLCOMMERZ_STORE_ID && config.SSLCOMMERZ_STORE_PASSWORD ? "sslcommerz" : "sandbox",
    },
  };
}
