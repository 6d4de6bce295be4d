import { env } from "@/lib/env";

/** The demo provider answers in local development and tests; under `next start` or outside local mode only with DEMO_PROVIDER_ENABLED=1. */
export function demoProviderEnabled(): boolean {
  const { PANEL_MODE, NODE_ENV, DEMO_PROVIDER_ENABLED } = env();
  return DEMO_PROVIDER_ENABLED === "1" || (PANEL_MODE === "local" && NODE_ENV !== "production");
}
