import { z } from "zod";
import { money } from "@/lib/money/money";
import { PAYMENT_METHOD_NAMES } from "../schemas";

/** The form's method choice: one method, or EVERY for a rule that covers every method (stored as null). */
export const BONUS_METHOD_CHOICES = ["EVERY", ...PAYMENT_METHOD_NAMES] as const;

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;

const text = z.union([z.string().trim(), z.number()]).transform((value) => String(value));
const amount = text.refine((value) => AMOUNT.test(value), "validation.depositBonus.amount");

/**
 * A deposit-bonus rule as an admin types it: 0 < percent ≤ 100 (2 decimals), a minimum of 0 or more,
 * an optional inclusive maximum ("" = none) not below the minimum. Every refusal names its field.
 */
export const bonusRuleSchema = z
  .object({
    /** Absent: a new rule. */
    id: z.string().min(1).max(64).optional(),
    method: z.enum(BONUS_METHOD_CHOICES, { error: "validation.invalid" }),
    minAmount: amount,
    maxAmount: text.refine((value) => value === "" || AMOUNT.test(value), "validation.depositBonus.amount"),
    percent: text.refine((value) => PERCENT.test(value) && money(value).gt(0) && money(value).lte(100), "validation.depositBonus.percent"),
    active: z.boolean(),
  })
  .superRefine((rule, ctx) => {
    if (
      rule.maxAmount !== "" &&
      AMOUNT.test(rule.maxAmount) &&
      AMOUNT.test(rule.minAmount) &&
      money(rule.maxAmount).lt(money(rule.minAmount))
    )
      ctx.addIssue({ code: "custom", path: ["maxAmount"], message: "validation.depositBonus.maxBelowMin" });
  });
export type BonusRuleInput = z.input<typeof bonusRuleSchema>;
export type BonusRuleValues = z.output<typeof bonusRuleSchema>;
