import { z } from "zod";
import { SETTINGS } from "./definitions";

export const panelSettingsSchema = z.object({
  bdtPerUsd: SETTINGS["exchange.bdtPerUsd"].schema,
  syncEveryHours: SETTINGS["catalog.syncEveryHours"].schema,
  apiRequestsPerMinute: SETTINGS["api.requestsPerMinute"].schema,
  balanceCheckMinutes: SETTINGS["providers.balanceCheckMinutes"].schema,
  forwardClaimMinutes: SETTINGS["orders.forwardClaimMinutes"].schema,
  timeZone: SETTINGS["reports.timeZone"].schema,
  unverifiedMayOrder: SETTINGS["accounts.unverifiedMayOrder"].schema,
});
export type PanelSettingsInput = z.input<typeof panelSettingsSchema>;
