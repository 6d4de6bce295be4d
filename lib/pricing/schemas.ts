import { z } from "zod";
import { userIdSchema } from "@/lib/users/schemas";

// Shared by the admin forms and the server. Messages are keys in lib/i18n/messages.

/** Added to list prices: -10 is 10 % off. Never -100 or below (free or paid to order), at most +500 %. */
export const PERCENT_MIN = -99.99;
export const PERCENT_MAX = 500;

export const percentField = z
  .string()
  .trim()
  .regex(/^[-−]?\d{1,3}(\.\d{1,2})?$/, "validation.pricing.percent")
  .transform((text) => text.replace("−", "-"))
  .refine((text) => Number(text) >= PERCENT_MIN && Number(text) <= PERCENT_MAX, "validation.pricing.percent");

const rateField = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,4})?$/, "validation.rate")
  .refine((text) => Number(text) > 0, "validation.positive");

/** Saving a price below what the provider charges us is refused unless the admin confirms it. */
const confirmBelowCost = z.boolean().optional();

export const priceGroupSchema = z.object({
  /** Absent: a new group. */
  id: z.string().min(1).max(64).optional(),
  name: z.string().trim().min(2).max(60),
  percent: percentField,
  confirmBelowCost,
});
export type PriceGroupInput = z.input<typeof priceGroupSchema>;

export const priceGroupIdSchema = z.object({ id: z.string().min(1).max(64) });

export const assignPriceGroupSchema = userIdSchema.extend({
  /** "" takes the customer out of any group. */
  priceGroupId: z.string().max(64),
});
export type AssignPriceGroupInput = z.input<typeof assignPriceGroupSchema>;

export const customerPriceSchema = z.discriminatedUnion("scope", [
  userIdSchema.extend({ scope: z.literal("ALL"), percent: percentField, confirmBelowCost }),
  userIdSchema.extend({
    scope: z.literal("CATEGORY"),
    categoryId: z.string().min(1, "validation.required").max(64),
    percent: percentField,
    confirmBelowCost,
  }),
  userIdSchema.extend({
    scope: z.literal("SERVICE"),
    serviceId: z.coerce.number({ error: "validation.integer" }).int("validation.integer").min(1, "validation.required").max(2_147_483_647),
    rate: rateField,
    confirmBelowCost,
  }),
]);
export type CustomerPriceInput = z.input<typeof customerPriceSchema>;

export const removeCustomerPriceSchema = userIdSchema.extend({ priceId: z.string().min(1).max(64) });
