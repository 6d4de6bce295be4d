import { z } from "zod";
import { brandImageSchema, brandProfileSchema, DEFAULT_BRAND_PROFILE, type BrandImage } from "@/lib/brand/schemas";

const decimalText = z
  .union([z.string().trim(), z.number()])
  .transform((value) => String(value))
  .refine((text) => /^\d{1,8}(\.\d{1,4})?$/.test(text), "validation.amount");

/** A percent from 0 to 100 with at most 3 decimals (affiliate_percent is DECIMAL(6,3)). */
export const affiliatePercentText = z
  .union([z.string().trim(), z.number()])
  .transform((value) => String(value))
  .refine((text) => /^\d{1,3}(\.\d{1,3})?$/.test(text), "validation.affiliate.percent")
  .refine((text) => !/^\d{1,3}(\.\d{1,3})?$/.test(text) || Number(text) <= 100, "validation.affiliate.percent");

export const PAYMENT_METHODS = ["SSLCOMMERZ", "SANDBOX", "BKASH_MANUAL", "NAGAD_MANUAL"] as const;
export type PaymentMethodName = (typeof PAYMENT_METHODS)[number];

const receivingNumber = z
  .string()
  .trim()
  .refine((text) => text === "" || /^01[3-9]\d{8}$/.test(text), "validation.bdMobile");

/** An IANA time zone this runtime knows (Intl throws RangeError for any other). */
function isTimeZone(text: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: text });
    return text.includes("/") || text === "UTC";
  } catch {
    return false;
  }
}

/** Every panel setting: its schema and default. Admins change them at /admin/settings. */
export const SETTINGS = {
  /** BDT per 1 USD: converts provider rates and shows prices in USD. */
  "exchange.bdtPerUsd": { schema: decimalText.refine((text) => Number(text) > 0, "validation.positive"), default: "122.00" },
  /** Where the panel's days begin and end: the dashboard's and reports' days (lib/reports; changing it recounts them). */
  "reports.timeZone": { schema: z.string().trim().max(64).refine(isTimeZone, "validation.timeZone"), default: "Asia/Dhaka" },
  /** How often the catalogue sync cron refreshes providers' services. */
  "catalog.syncEveryHours": { schema: z.coerce.number().int().min(1).max(168), default: 6 },
  /** How long a provider may take to answer one request. */
  "providers.timeoutSeconds": { schema: z.coerce.number().min(1).max(120), default: 15 },
  /** How often the balance cron (every 5 minutes) asks each active provider for its balance. */
  "providers.balanceCheckMinutes": { schema: z.coerce.number().int().min(5).max(1440), default: 15 },
  /** A forward claim older than this (the sender died or hung mid-send) turns the order UNCERTAIN for an admin. Above the longest provider timeout. */
  "orders.forwardClaimMinutes": { schema: z.coerce.number().int().min(3).max(120), default: 5 },
  /** Whether a customer who has not confirmed their e-mail may order (off: they may only browse; admin-placed orders always go). */
  "accounts.unverifiedMayOrder": { schema: z.boolean(), default: true as boolean },
  /** Affiliates (lib/affiliates): the referrer's share of a referred customer's order revenue, in percent (a customer's own percent wins). */
  "affiliates.commissionPercent": { schema: affiliatePercentText, default: "5" },
  /** How long a referral link's first touch is remembered in the visitor's browser. */
  "affiliates.cookieDays": { schema: z.coerce.number().int().min(1).max(365), default: 30 },
  /** The smallest payout (BDT) an affiliate may ask for. */
  "affiliates.minPayout": { schema: decimalText.refine((text) => Number(text) > 0, "validation.positive"), default: "500.00" },
  /** Reseller API v2: requests per minute allowed per API key. */
  "api.requestsPerMinute": { schema: z.coerce.number().int().min(1).max(100_000), default: 120 },
  /** Add funds: the smallest and largest amount (BDT) one payment may carry. */
  "payments.minAmount": { schema: decimalText.refine((text) => Number(text) > 0, "validation.positive"), default: "100.00" },
  "payments.maxAmount": { schema: decimalText.refine((text) => Number(text) > 0, "validation.positive"), default: "50000.00" },
  /** Which ways to add funds are on (each also needs its own set-up: credentials, receiving number). */
  "payments.methods": {
    schema: z.array(z.enum(PAYMENT_METHODS)).max(4),
    default: ["SANDBOX", "BKASH_MANUAL", "NAGAD_MANUAL"] as PaymentMethodName[],
  },
  /** The panel's receiving numbers for manual transfers ("" = that method is unavailable). */
  "payments.bkashNumber": { schema: receivingNumber, default: "" },
  "payments.nagadNumber": { schema: receivingNumber, default: "" },
  "payments.manualInstructions": {
    schema: z.string().trim().max(1000),
    default: 'Send the amount with "Send Money" to the number above, then enter your number and the TrxID from the confirmation SMS.',
  },
  /** The same instructions for Bengali readers (empty: they see the English ones). */
  "payments.manualInstructionsBn": {
    schema: z.string().trim().max(1000),
    default: 'উপরের নম্বরে "সেন্ড মানি" করে টাকা পাঠান, তারপর আপনার নম্বর ও নিশ্চিতকরণ SMS-এর TrxID লিখুন।',
  },
  /** SSLCommerz: sandbox or live host, store id, and the store password sealed with lib/crypto (never shown again). */
  "payments.sslcommerzMode": { schema: z.enum(["sandbox", "live"]), default: "sandbox" as "sandbox" | "live" },
  "payments.sslcommerzStoreId": { schema: z.string().trim().max(100), default: "" },
  "payments.sslcommerzStorePasswordSealed": { schema: z.string().max(500), default: "" },
  /** Reconciliation: ask the gateway about payments pending longer than this; expire them after the second. */
  "payments.reconcileAfterMinutes": { schema: z.coerce.number().int().min(1).max(1440), default: 15 },
  "payments.expireAfterMinutes": { schema: z.coerce.number().int().min(5).max(10080), default: 120 },
  /** The panel's name, colour, contacts and SEO texts (lib/brand; /admin/settings/brand). */
  "brand.profile": { schema: brandProfileSchema, default: DEFAULT_BRAND_PROFILE },
  /** The uploaded logo (header, e-mails) and favicon (the browser tab); null = the built-in ones. */
  "brand.logo": { schema: brandImageSchema, default: null as BrandImage },
  "brand.favicon": { schema: brandImageSchema, default: null as BrandImage },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]["schema"]>;
