import { env } from "@/lib/env";
import { counterStore } from "@/lib/cache/store";
import { demoProviderEnabled } from "@/lib/demo-provider/enabled";
import { jobsMode } from "@/lib/jobs/mode";
import { mailTransport } from "@/lib/notifications/mail-transport";
import { sandboxAllowed } from "@/lib/payments/config";
import type { RuntimeMode } from "./mode-rules";

export type PartName = "database" | "jobs" | "cache" | "uploads" | "email" | "paymentGateway" | "sandboxGateway" | "demoProvider";

export type RuntimeParts = { mode: RuntimeMode; modeReason: string; parts: Record<PartName, string> };

/** Which implementation serves each part in this process (the table in docs/ARCHITECTURE.md); for the start-up log and /api/health. */
export function describeParts(): RuntimeParts {
  const config = env();
  return {
    mode: config.PANEL_MODE,
    modeReason: config.PANEL_MODE_REASON,
    parts: {
      database: config.PANEL_DATABASE_MODE === "embedded" ? "embedded-postgres" : "external-postgres",
      jobs: { inngest: "inngest", "inngest-dev": "inngest-dev-server", local: "local-runner" }[jobsMode()],
      cache: counterStore().kind === "upstash" ? "upstash-redis" : "in-process",
      uploads: config.UPLOADTHING_TOKEN ? "uploadthing" : "local-disk",
      email: mailTransport(),
      paymentGateway: config.SSLCOMMERZ_STORE_ID && config.SSLCOMMERZ_STORE_PASSWORD ? "sslcommerz" : "sslcommerz-from-settings",
      sandboxGateway: sandboxAllowed() ? "on" : "off",
      demoProvider: demoProviderEnabled() ? "on" : "off",
    },
  };
}
