import { z } from "zod";
import { senderNumberField } from "@/lib/payments/schemas";
import { affiliatePercentText, SETTINGS } from "@/lib/settings/definitions";
import { userIdSchema } from "@/lib/users/schemas";
import { amountField } from "@/lib/wallet/schemas";

export const PAYOUT_METHODS = ["BALANCE", "BKASH", "NAGAD"] as const;

/**
 * A payout the affiliate asks for: into the panel balance, or to a bKash/Nagad number (checked like a
 * manual payment's sender number). `payoutId` is made when the form opens, so a double submit pays once.
 */
export const requestPayoutSchema = z
  .object({
    payoutId: z.uuid(),
    amount: amountField,
    method: z.enum(PAYOUT_METHODS),
    accountNumber: z.string().max(20).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.method === "BALANCE") return;
    const number = senderNumberField.safeParse(input.accountNumber ?? "");
    if (!number.success) ctx.addIssue({ code: "custom", path: ["accountNumber"], message: "validation.bdMobile" });
  })
  .transform((input) => ({
    ...input,
    accountNumber: input.method === "BALANCE" ? null : senderNumberField.parse(input.accountNumber ?? ""),
  }));
export type RequestPayoutInput = z.input<typeof requestPayoutSchema>;

/** An admin's decision on a withdrawal: paid (the transfer's TrxID) or rejected (the reason). */
export const decidePayoutSchema = z
  .object({
    payoutId: z.string().min(1).max(64),
    decision: z.enum(["approve", "reject"]),
    note: z.string().trim().max(500).default(""),
  })
  .superRefine((input, ctx) => {
    if (input.decision === "approve" && !/^[A-Za-z0-9]{6,20}$/.test(input.note))
      ctx.addIssue({ code: "custom", path: ["note"], message: "validation.affiliate.trxId" });
    if (input.decision === "reject" && input.note.length < 3)
      ctx.addIssue({ code: "custom", path: ["note"], message: "validation.reason" });
  });
export type DecidePayoutInput = z.input<typeof decidePayoutSchema>;

/** A customer's own commission percent; "" goes back to the panel's setting. */
export const setAffiliatePercentSchema = userIdSchema.extend({
  affiliatePercent: z
    .string()
    .trim()
    .max(10, "validation.affiliate.percent")
    .refine((text) => text === "" || affiliatePercentText.safeParse(text).success, "validation.affiliate.percent"),
});
export type SetAffiliatePercentInput = z.input<typeof setAffiliatePercentSchema>;

export const affiliateSettingsSchema = z.object({
  commissionPercent: SETTINGS["affiliates.commissionPercent"].schema,
  cookieDays: SETTINGS["affiliates.cookieDays"].schema,
  minPayout: SETTINGS["affiliates.minPayout"].schema,
});
export type AffiliateSettingsInput = z.input<typeof affiliateSettingsSchema>;
