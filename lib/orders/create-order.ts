import { countField } from "@/lib/api-v2/service-types";
import { invalidField } from "@/lib/errors/app-error";
import { dispatch } from "@/lib/jobs/dispatch";
import type { EventData } from "@/lib/jobs/events";
import { money, toStorage } from "@/lib/money/money";
import { customerRate } from "@/lib/pricing/customer-rate";
import { assertMayOrder } from "@/lib/users/verify-email";
import { readOrderContext } from "./order-context";
import { typeColumns } from "./order-type-columns";
import { orderUnits } from "./order-units";
import { orderCharge } from "./refund-math";
import { writeOrder } from "./write-order";
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

/**
 * Places one order in two round trips: one query reads what the order needs (readOrderContext), then
 * checks here: the customer may order (a confirmed e-mail when the panel asks for one), the service and
 * the fields its type needs. Then ONE statement writes the order, its event and its charge, all or
 * nothing (writeOrder: a ledger entry unique per order, through the one balance writer; a balance
 * that would go negative refuses it). The charge is at the customer's own price of this moment
 * (lib/pricing), recorded as the order's rate. Without an Idempotency-Key, the same user + service +
 * link + quantity within 60 s is refused unless confirmed. Auto-mode orders are then handed to the
 * forward job.
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
  const orderId = await writeOrder(
    {
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
    },
    {
      actorId: options.actorId ?? userId,
      duplicateWindowSeconds: input.confirmDuplicate || options.source === "admin" ? null : DUPLICATE_WINDOW_SECONDS,
      event: {
        charge: toStorage(charge),
        units,
        source: options.source,
        listRate: toStorage(money(service.rate)),
        priceSource: price.source,
      },
    },
  );

  if (auto && service.providerId) {
    const forward = { data: { orderId, providerId: service.providerId }, id: `forward-${orderId}` };
    if (options.forwards) options.forwards.push(forward);
    else await dispatch("orders/forward.requested", forward.data, forward.id);
  }
  return { orderId, charge: toStorage(charge), status: "PENDING", mode: service.mode };
}
