import { countField } from "@/lib/api-v2/service-types";
import { db, sqlState, SQL_STATE } from "@/lib/db";
import { AppError, conflict, invalidField } from "@/lib/errors/app-error";
import { storedEnglish, type StoredMessage } from "@/lib/i18n/stored-message";
import { dispatch } from "@/lib/jobs/dispatch";
import type { EventData } from "@/lib/jobs/events";
import { money, toStorage } from "@/lib/money/money";
import { customerRate } from "@/lib/pricing/customer-rate";
import { assertMayOrder } from "@/lib/users/verify-email";
import { ledgerError } from "@/lib/wallet/post-ledger-entry";
import { readOrderContext } from "./order-context";
import { typeColumns } from "./order-type-columns";
import { orderUnits } from "./order-units";
import { orderCharge } from "./refund-math";
import type { OrderInput } from "./schemas";

export const DUPLICATE_WINDOW_SECONDS = 60;

export type CreatedOrder = { orderId: number; charge: string; status: "PENDING"; mode: "AUTO" | "MANUAL" };
type Options = {
  source: "web" | "mass" | "api" | "admin";
  actorId?: string;
  adminNotes?: string;
  /** Collects the forward event instead of sending it, for a caller that sends many at once (mass orders). */
  forwards?: ForwardRequest[];
};

export type ForwardRequest = { data: EventData<"orders/forward.requested">; id: string };

/** The charge's memo; place_order puts the new order's id where ORDER_ID_SLOT stands. */
const ORDER_ID_SLOT = "{order_id}";

/**
 * Places one order in two round trips: one query reads what the order needs (readOrderContext), then
 * checks here: the customer may order (a confirmed e-mail when the panel asks for one), the service and
 * the fields its type needs. Then ONE statement, the database's `place_order`, writes the order, its
 * event and its charge, all or nothing (a ledger entry unique per order, through the one balance
 * writer; a balance that would go negative refuses it). The charge is at the customer's own price of
 * this moment (lib/pricing), recorded as the order's rate. Without an Idempotency-Key, the same user +
 * service + link + quantity within 60 s is refused unless confirmed. Auto-mode orders are then handed
 * to the forward job.
 */
export async function createOrder(userId: string, input: OrderInput, options: Options): Promise<CreatedOrder> {
  const { service, settings, priceBook, emailVerified } = await readOrderContext(userId, input.serviceId);
  assertMayOrder(emailVerified, options.source, settings.unverifiedMayOrder);
  if (!service || !service.active) throw invalidField("serviceId", "validation.order.serviceUnavailable");
  if (service.mode === "AUTO" && (!service.providerId || !service.providerActive))
    throw invalidField("serviceId", "validation.order.serviceTemporarilyUnavailable");
  const priced = orderUnits(service, input, { mass: options.source === "mass" });
  const { units, perPackage, params, target } = priced;
  const columns = await typeColumns(priced);
  const price = customerRate(service, priceBook);
  const charge = orderCharge({ rate: price.rate, units, perPackage });
  if (charge.lte(0)) throw invalidField(countField(service.type), "validation.order.tooSmallToPrice");
  const bdtPerUsd = money(settings.bdtPerUsd);
  const auto = service.mode === "AUTO";
  const actorId = options.actorId ?? userId;
  const memo: StoredMessage = { key: "stored.ledger.order", values: { id: ORDER_ID_SLOT } };
  const order = {
    user_id: userId,
    service_id: service.id,
    provider_id: auto ? service.providerId : null,
    provider_service_id: auto ? service.providerServiceId : null,
    provider_service_rate: auto ? service.providerRate : null,
    link: target,
    quantity: units,
    params: Object.keys(params).length ? params : null,
    runs: columns.runs,
    run_interval: columns.runInterval,
    run_quantity: columns.runQuantity,
    subscription_posts: columns.subscriptionPosts,
    expires_at: columns.expiresAt?.toISOString() ?? null,
    mode: service.mode,
    rate: toStorage(price.rate),
    charge: toStorage(charge),
    charge_usd: toStorage(charge.div(bdtPerUsd)),
    source: options.source,
    admin_notes: options.adminNotes ?? null,
  };
  const event = {
    charge: toStorage(charge),
    units,
    source: options.source,
    listRate: toStorage(money(service.rate)),
    priceSource: price.source,
  };
  const checkDuplicate = !input.confirmDuplicate && options.source !== "admin";

  let placed: { order_id: number | null; duplicate_of: number | null };
  try {
    [placed] = await db.$queryRaw<{ order_id: number | null; duplicate_of: number | null }[]>`
      SELECT order_id, duplicate_of
        FROM place_order(${order}::jsonb, ${checkDuplicate ? `${DUPLICATE_WINDOW_SECONDS} seconds` : null}::interval, ${actorId},
                         ${storedEnglish(memo)}, ${memo}::jsonb, ${event}::jsonb)`;
  } catch (error) {
    if (sqlState(error) === SQL_STATE.insufficientFunds) {
      throw new AppError("insufficient_funds", `balance: not enough funds — this order costs ৳${charge.toFixed(2)}`, 422, {
        fields: { balance: ["not enough funds"] },
        charge: toStorage(charge),
      });
    }
    throw ledgerError(error, { referenceType: "order", referenceId: "new" }) ?? error;
  }
  if (placed.duplicate_of !== null)
    throw conflict(
      "duplicate_order",
      `The same order (#${placed.duplicate_of}) was placed less than a minute ago. Confirm to place it again.`,
      {
        orderId: placed.duplicate_of,
      },
    );
  const orderId = placed.order_id!;

  if (auto && service.providerId) {
    const forward = { data: { orderId, providerId: service.providerId }, id: `forward-${orderId}` };
    if (options.forwards) options.forwards.push(forward);
    else await dispatch("orders/forward.requested", forward.data, forward.id);
  }
  return { orderId, charge: toStorage(charge), status: "PENDING", mode: service.mode };
}

export function isInsufficientFunds(error: unknown): boolean {
  return error instanceof AppError && error.code === "insufficient_funds";
}
