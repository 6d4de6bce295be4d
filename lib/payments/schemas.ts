import { z } from "zod";
import { amountField } from "@/lib/wallet/schemas";

export const onlineMethod = z.enum(["SSLCOMMERZ", "SANDBOX"]);
export const manualMethod = z.enum(["BKASH_MANUAL", "NAGAD_MANUAL"]);

/** POST /api/payments/initiate */
export const initiatePaymentSchema = z.object({ method: onlineMethod, amount: amountField });
export type InitiatePaymentInput = z.input<typeof initiatePaymentSchema>;

/** A Bangladeshi mobile number, with or without +88 / 88. */
export const senderNumberField = z
  .string()
  .trim()
  .transform((text) => text.replace(/[\s-]/g, "").replace(/^\+?88(?=01)/, ""))
  .refine((text) => /^01[3-9]\d{8}$/.test(text), "validation.bdMobile");

/** bKash TrxIDs are 10 letters/digits, Nagad's 8–10; stored upper-case so a reuse in other case is caught. */
export const TRX_ID_FORMAT = { BKASH_MANUAL: /^[A-Z0-9]{10}$/, NAGAD_MANUAL: /^[A-Z0-9]{8,10}$/ } as const;

export const manualPaymentSchema = z
  .object({
    method: manualMethod,
    amount: amountField,
    senderNumber: senderNumberField,
    trxId: z.string().trim().toUpperCase(),
  })
  .superRefine((input, ctx) => {
    if (!TRX_ID_FORMAT[input.method].test(input.trxId)) ctx.addIssue({ code: "custom", path: ["trxId"], message: "validation.trxId" });
  });
export type ManualPaymentInput = z.input<typeof manualPaymentSchema>;

export const verifyPaymentSchema = z.object({
  tranId: z
    .string()
    .trim()
    .min(1)
    .max(30)
    .regex(/^[\w-]+$/, "validation.invalid"),
});

export const reviewPaymentSchema = z
  .object({
    paymentId: z.string().min(1).max(64),
    decision: z.enum(["approve", "reject"]),
    note: z.string().trim().max(500).default(""),
  })
  .refine((input) => input.decision === "approve" || input.note.length >= 3, { path: ["note"], message: "validation.reason" });

export const refundPaymentSchema = z.object({
  paymentId: z.string().min(1).max(64),
  note: z.string().trim().min(3, "validation.reason").max(500),
});
export const riskHoldSchema = z.object({
  paymentId: z.string().min(1).max(64),
  hold: z.boolean(),
  note: z.string().trim().max(500).default(""),
});

export const PAYMENT_STATUSES = [
  "INITIATED",
  "PENDING",
  "COMPLETED",
  "FAILED",
  "CANCELED",
  "EXPIRED",
  "SUBMITTED",
  "APPROVED",
  "REJECTED",
  "REFUNDED",
] as const;
export const PAYMENT_METHOD_NAMES = ["SSLCOMMERZ", "SANDBOX", "BKASH_MANUAL", "NAGAD_MANUAL"] as const;
/** The list's method filter: one method, or MANUAL for both manual ones (bKash and Nagad, which a person reviews). */
export const PAYMENT_METHOD_FILTERS = [...PAYMENT_METHOD_NAMES, "MANUAL"] as const;

/** The admin list's filters (also the CSV export's). */
export const adminPaymentFiltersSchema = z.object({
  status: z.enum(PAYMENT_STATUSES).optional().catch(undefined),
  method: z.enum(PAYMENT_METHOD_FILTERS).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  held: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type AdminPaymentFilters = z.infer<typeof adminPaymentFiltersSchema>;

/** The payment settings form. The store password is write-only: empty keeps the saved one. */
export const paymentSettingsSchema = z
  .object({
    methods: z.array(z.enum(PAYMENT_METHOD_NAMES)).max(4),
    minAmount: amountField,
    maxAmount: amountField,
    bkashNumber: z
      .string()
      .trim()
      .refine((text) => text === "" || /^01[3-9]\d{8}$/.test(text), "validation.bdMobile"),
    nagadNumber: z
      .string()
      .trim()
      .refine((text) => text === "" || /^01[3-9]\d{8}$/.test(text), "validation.bdMobile"),
    manualInstructions: z.string().trim().max(1000),
    manualInstructionsBn: z.string().trim().max(1000),
    sslcommerzMode: z.enum(["sandbox", "live"]),
    sslcommerzStoreId: z.string().trim().max(100),
    sslcommerzStorePassword: z.string().max(200).default(""),
    reconcileAfterMinutes: z.coerce.number().int().min(1).max(1440),
    expireAfterMinutes: z.coerce.number().int().min(5).max(10080),
  })
  .refine((input) => Number(input.minAmount) <= Number(input.maxAmount), { path: ["minAmount"], message: "validation.minAboveMax" });
export type PaymentSettingsInput = z.input<typeof paymentSettingsSchema>;
