import { env } from "@/lib/env";

/** The demo provider answers in development and tests; in production only with DEMO_PROVIDER_ENABLED=1. */
export function demoProviderEnabled(): boolean {
  const { NODE_ENV, DEMO_PROVIDER_ENABLED } = env();
  return NODE_ENV !== "production" || DEMO_PROVIDER_ENABLED === "1";
}
