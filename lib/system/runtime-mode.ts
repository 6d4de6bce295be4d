import { env } from "@/lib/env";
import type { RuntimeMode } from "./mode-rules";

export type { RuntimeMode };

/** local | server | serverless, decided once at start-up (lib/system/mode-rules.ts). */
export function runtimeMode(): RuntimeMode {
  return env().PANEL_MODE;
}

/** Where real customers and money are: every mode but local (no local stand-ins, no demo data). */
export function isProductionMode(): boolean {
  return runtimeMode() !== "local";
}
