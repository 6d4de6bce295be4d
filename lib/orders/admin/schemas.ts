import { z } from "zod";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { intId } from "@/lib/validation/int4";
import { calendarDay } from "@/lib/validation/calendar-day";
import { IDEMPOTENCY_KEY } from "@/lib/idempotency/key";

/** Every order status, in lifecycle order (pages and filters use this list; they may not import Prisma). */
export const ORDER_STATUSES = [
  "PENDING",
  "PROCESSING",
  "IN_PROGRESS",
  "COMPLETED",
  "PARTIAL",
  "CANCELED",
  "FORWARD_FAILED",
  "UNCERTAIN",
] as const satisfies readonly OrderStatus[];
export type AdminOrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * What "set status" may aim at. PARTIAL needs remains (set partial), PENDING is only reached by resending
 * an uncertain order, UNCERTAIN only by a lost forward answer.
 */
export const SETTABLE_STATUSES = [
  "PROCESSING",
  "IN_PROGRESS",
  "COMPLETED",
  "CANCELED",
  "FORWARD_FAILED",
] as const satisfies readonly OrderStatus[];

export const orderIdField = intId();
const providerIdField = z.string().trim().min(1).max(64);
/** A service id in a provider's own list (API v2 ids are text). */
const providerServiceIdField = z.string().trim().min(1).max(64);
const remainsField = z.coerce.number().int("validation.invalid").positive("validation.positive").max(100_000_000);
const confirmField = z.literal(true, "validation.required");

/**
 * The actions an admin takes on an order; the same list for one order and for a selection. `move` adds
 * to "forward" what only one order takes: another provider's service to move it to (read from that
 * provider's live list, so not for 500 orders at once).
 */
function actionSchema<E extends z.ZodRawShape, M extends z.ZodRawShape>(extra: E, move: M) {
  return z.discriminatedUnion("action", [
    z.object({ action: z.literal("setStatus"), to: z.enum(SETTABLE_STATUSES), ...extra }),
    z.object({ action: z.literal("setPartial"), remains: remainsField, ...extra }),
    z.object({ action: z.literal("cancel"), ...extra }),
    z.object({ action: z.literal("complete"), ...extra }),
    z.object({ action: z.literal("forward"), providerId: providerIdField.optional(), ...move, ...extra }),
    z.object({ action: z.literal("resend"), confirm: confirmField, ...extra }),
    z.object({ action: z.literal("sync"), ...extra }),
  ]);
}

export const orderActionSchema = actionSchema({ orderId: orderIdField }, { providerServiceId: providerServiceIdField.optional() });
export type OrderActionInput = z.infer<typeof orderActionSchema>;

export const BULK_MAX = 500;
export const bulkOrderActionSchema = actionSchema({ orderIds: z.array(orderIdField).min(1, "validation.required").max(BULK_MAX) }, {});
export type BulkOrderActionInput = z.infer<typeof bulkOrderActionSchema>;

/** Resolving an uncertain order: attach the provider's order id, or resend knowingly. */
export const resolveUncertainSchema = z.union([
  z.object({ orderId: orderIdField, providerOrderId: z.string().trim().min(1).max(64) }),
  z.object({ orderId: orderIdField, resend: confirmField }),
]);
export type ResolveUncertainInput = z.infer<typeof resolveUncertainSchema>;

/** The product's contract: POST /api/admin/orders/forward-to-provider. */
export const forwardToProviderSchema = z.object({
  orderId: orderIdField,
  providerId: providerIdField,
  /** Move the order to this service of `providerId` (from its live list) before sending it. */
  providerServiceId: providerServiceIdField.optional(),
  /** Needed to send an UNCERTAIN order again (it may already be at the provider). */
  confirmResend: z.boolean().optional(),
});

/** The product's contract: POST /api/admin/orders/sync-status. */
export const syncStatusSchema = z.object({ orderId: orderIdField.optional(), forceSync: z.boolean().optional() });

/** The product's contract: POST /api/admin/orders/manual. `userId` may also be the customer's e-mail. */
export const manualOrderSchema = z.object({
  userId: z.string().trim().min(1).max(254),
  serviceId: intId(),
  link: z.string().trim().min(1).max(2000),
  quantity: z.coerce.number().int("validation.invalid").positive("validation.positive").max(100_000_000),
  adminNotes: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .transform((text) => text || undefined),
});
export type ManualOrderInput = z.input<typeof manualOrderSchema>;
/** The manual-order form: its submission id makes a double or retried submit place the order once. */
export const manualOrderFormSchema = manualOrderSchema.extend({ submissionId: z.string().regex(IDEMPOTENCY_KEY).optional() });

const day = calendarDay();

/** The list's filters as query parameters (GET /api/admin/orders and the page's form). */
export const adminOrderQuerySchema = z.object({
  status: z.enum(ORDER_STATUSES).optional(),
  serviceId: intId().optional(),
  providerId: providerIdField.optional(),
  user: z.string().trim().min(1).max(254).optional(),
  mode: z.enum(["AUTO", "MANUAL"]).optional(),
  from: day.optional(),
  to: day.optional(),
  /** Created at or after this instant (ISO 8601 with an offset): "the last 7 days" exactly as the console counts them. */
  since: z.iso.datetime({ offset: true }).optional(),
  q: z.string().trim().max(2000).optional(),
  cursor: orderIdField.optional(),
  take: z.coerce.number().int().min(1).max(100).optional(),
});
export type AdminOrderQuery = z.infer<typeof adminOrderQuerySchema>;

/** The CSV export takes the list's filters, without paging. */
export const adminOrderExportQuerySchema = adminOrderQuerySchema.omit({ cursor: true, take: true });
export type AdminOrderExportQuery = z.infer<typeof adminOrderExportQuerySchema>;
