import { z } from "zod";
import { SUBSCRIPTION_DELAYS, SUBSCRIPTION_MAX_POSTS } from "@/lib/api-v2/service-types";
import { intId } from "@/lib/validation/int4";
import { isOrderLink, LINK_MAX_LENGTH } from "./order-link";
import { parseExpiryDay } from "./subscription-expiry";

const lines = z.string().max(20_000);
/** Trimmed, then the one link rule (order-link.ts); the message key is translated on the form. */
export const orderLinkSchema = z.string().trim().min(1).max(LINK_MAX_LENGTH).refine(isOrderLink, "validation.orderLink");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((text) => text || undefined)
    .optional();

const count = (least: number, most: number) => z.coerce.number().int("validation.integer").min(least).max(most).optional();

/**
 * One order as customers, resellers and admins send it; fields beyond link/quantity depend on the service
 * type (lib/orders/order-units.ts requires them). The link is required for every type but subscriptions,
 * which point at a `username`.
 */
export const orderInputSchema = z.object({
  serviceId: intId(),
  link: orderLinkSchema.optional(),
  quantity: z.coerce.number().int("validation.integer").positive().max(100_000_000).optional(),
  runs: z.coerce.number().int("validation.integer").min(2).max(1000).optional(),
  interval: z.coerce.number().int("validation.integer").min(1).max(10_080).optional(),
  comments: lines.optional(),
  usernames: lines.optional(),
  hashtags: lines.optional(),
  keywords: lines.optional(),
  hashtag: optionalText(200),
  username: optionalText(200),
  media: optionalText(2000),
  answerNumber: z.coerce.number().int().min(1).max(100).optional(),
  /** Subscriptions: units per new post (min..max), posts paid for, old posts, delay in minutes, expiry day. */
  min: count(1, 100_000_000),
  max: count(1, 100_000_000),
  posts: count(1, SUBSCRIPTION_MAX_POSTS),
  oldPosts: count(0, SUBSCRIPTION_MAX_POSTS),
  delay: z.coerce
    .number()
    .int("validation.integer")
    .refine((delay) => SUBSCRIPTION_DELAYS.includes(delay), "validation.order.delay")
    .optional(),
  expiry: optionalText(20).refine((text) => text === undefined || parseExpiryDay(text) !== null, "validation.order.expiryDate"),
  /** Confirms a second identical order within 60 s (otherwise refused as a likely double click). */
  confirmDuplicate: z.boolean().optional(),
});
export type OrderInput = z.infer<typeof orderInputSchema>;

/** The product's contract: POST /api/user/create-orders {categoryId, serviceId, link, qty}. */
export const createOrdersBodySchema = z.object({
  categoryId: z.string().min(1).max(64).optional(),
  serviceId: intId(),
  link: orderLinkSchema,
  qty: z.coerce.number().int("validation.integer").positive().max(100_000_000),
  confirmDuplicate: z.boolean().optional(),
});
