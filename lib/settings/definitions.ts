import { z } from "zod";

const decimalText = z
  .union([z.string().trim(), z.number()])
  .transform((value) => String(value))
  .refine((text) => /^\d{1,8}(\.\d{1,4})?$/.test(text), "validation.amount");

/** Every panel setting: its schema and default. Admins change them at /admin/settings. */
export const SETTINGS = {
  /** BDT per 1 USD: converts provider rates and shows prices in USD. */
  "exchange.bdtPerUsd": { schema: decimalText.refine((text) => Number(text) > 0, "validation.positive"), default: "122.00" },
  /** How often the catalogue sync cron refreshes providers' services. */
  "catalog.syncEveryHours": { schema: z.coerce.number().int().min(1).max(168), default: 6 },
  /** How long a provider may take to answer one request. */
  "providers.timeoutSeconds": { schema: z.coerce.number().min(1).max(120), default: 15 },
  /** Reseller API v2: requests per minute allowed per API key. */
  "api.requestsPerMinute": { schema: z.coerce.number().int().min(1).max(100_000), default: 120 },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]["schema"]>;
