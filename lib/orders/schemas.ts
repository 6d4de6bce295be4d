import { z } from "zod";
import { intId } from "@/lib/validation/int4";
import { isOrderLink, LINK_MAX_LENGTH } from "./order-link";

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

/** One order as customers, resellers and admins send it; fields beyond link/quantity depend on the service type. */
export const orderInputSchema = z.object({
  serviceId: intId(),
  link: orderLinkSchema,
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
