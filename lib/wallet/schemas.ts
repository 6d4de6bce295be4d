import { z } from "zod";
import { INPUT_SCALE, decimalPlaces, money } from "@/lib/money/money";

/** A positive BDT amount typed by a person: a decimal string or number with at most 2 decimals. */
export const amountField = z
  .union([z.string().trim(), z.number()], { error: "validation.amount" })
  .transform((value) => String(value))
  .refine((text) => /^\d{1,12}(\.\d+)?$/.test(text), "validation.amount")
  .refine((text) => decimalPlaces(text) <= INPUT_SCALE, { message: "validation.amountDecimals", params: { max: INPUT_SCALE } })
  // The guard keeps money() from throwing on text the first rule already refused (zod runs every refine).
  .refine((text) => !/^\d{1,12}(\.\d+)?$/.test(text) || money(text).gt(0), "validation.positive");

export const adjustBalanceSchema = z.object({
  userId: z.string().min(1).max(64),
  /** Generated when the form opens, so a double submit applies once. */
  adjustmentId: z.uuid(),
  direction: z.enum(["credit", "debit"]),
  amount: amountField,
  reason: z.string().trim().min(3, "validation.reason").max(500),
});
export type AdjustBalanceInput = z.input<typeof adjustBalanceSchema>;

export const ledgerPageSchema = z.object({
  cursor: z.string().max(64).optional(),
  take: z.coerce.number().int().min(1).max(100).default(25),
});
