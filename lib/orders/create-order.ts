import { countField } from "@/lib/api-v2/service-types";
import { db } from "@/lib/db";
import { AppError, conflict, invalidField } from "@/lib/errors/app-error";
import { dispatch } from "@/lib/jobs/dispatch";
import type { EventData } from "@/lib/jobs/events";
import { money, toStorage } from "@/lib/money/money";
import { customerRate, type PriceBook } from "@/lib/pricing/customer-rate";
import { loadPriceBook } from "@/lib/pricing/load-price-book";
import { assertMayOrder } from "@/lib/users/verify-email";
import { postLedgerEntry } from "@/lib/wallet/post-ledger-entry";
import { typeColumns } from "./order-type-columns";
import { orderUnits } from "./order-units";
import { readOrderSettings, type OrderSettings } from "./order-settings";
import { recordOrderEvent } from "./record-event";
import { orderCharge } from "./refund-math";
import type { OrderInput } from "./schemas";

export const DUPLICATE_WINDOW_SECONDS = 60;

export type CreatedOrder = { orderId: number; charge: string; status: "PENDING"; mode: "AUTO" | "MANUAL" };
type Options = {
  source: "web" | "mass" | "api" | "admin";
  actorId?: string;
  adminNotes?: string;
  /** The order settings when the caller already read them (a mass order reads them once, not per line). */
  settings?: OrderSettings;
  /** The customer's price book when the caller already read it (a mass order reads it once). */
  priceBook?: PriceBook;
  /** Collects the forward event instead of sending it, for a caller that sends many at once (mass orders). */
  forwards?: ForwardRequest[];
};

export type ForwardRequest = { data: EventData<"orders/forward.requested">; id: string };

/**
 * Places one order: checks the customer may order (a confirmed e-mail when the panel asks for one), the
 * service and the fields its type needs, then in ONE transaction writes the order and its charge (a
 * ledger entry unique per order; a balance that would go negative refuses it). The charge is at the
 * customer's own price of this moment (lib/pricing), recorded as the order's rate. Without an
 * Idempotency-Key, the same user + service + link + quantity within 60 s is refused unless confirmed.
 * Auto-mode orders are then handed to the forward job.
 */
export async function createOrder(userId: string, input: OrderInput, options: Options): Promise<CreatedOrder> {
  const [service, settings, priceBook] = await Promise.all([
    db.service.findUnique({
      where: { id: input.serviceId },
      select: {
        id: true,
        categoryId: true,
        type: true,
        rate: true,
        min: true,
        max: true,
        dripfeed: true,
        mode: true,
        status: true,
        providerId: true,
        providerServiceId: true,
        providerRate: true,
        category: { select: { status: true } },
        provider: { select: { status: true } },
      },
    }),
    options.settings ?? readOrderSettings(),
    options.priceBook ?? loadPriceBook(userId),
  ]);
  await assertMayOrder(userId, options.source, settings.unverifiedMayOrder);
  if (!service || service.status !== "ACTIVE" || service.category.status !== "ACTIVE")
    throw invalidField("serviceId", "validation.order.serviceUnavailable");
  if (service.mode === "AUTO" && (!service.providerId || service.provider?.status !== "ACTIVE"))
    throw invalidField("serviceId", "validation.order.serviceTemporarilyUnavailable");
  const priced = orderUnits(service, input, { mass: options.source === "mass" });
  const { units, perPackage, params, target } = priced;
  const columns = await typeColumns(priced);
  const price = customerRate(service, priceBook);
  const charge = orderCharge({ rate: price.rate, units, perPackage });
  if (charge.lte(0)) throw invalidField(countField(service.type), "validation.order.tooSmallToPrice");
  const bdtPerUsd = money(settings.bdtPerUsd);

  const order = await db.$transaction(async (tx) => {
    // Serialises identical orders of one user so the duplicate check below cannot race.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${userId}|${service.id}|${target}|${units}`}, 0))`;
    if (!input.confirmDuplicate && options.source !== "admin") {
      const recent = await tx.order.findFirst({
        where: {
          userId,
          serviceId: service.id,
          link: target,
          quantity: units,
          createdAt: { gt: new Date(Date.now() - DUPLICATE_WINDOW_SECONDS * 1000) },
        },
        select: { id: true },
      });
      if (recent)
        throw conflict("duplicate_order", `The same order (#${recent.id}) was placed less than a minute ago. Confirm to place it again.`, {
          orderId: recent.id,
        });
    }
    const created = await tx.order.create({
      data: {
        userId,
        serviceId: service.id,
        providerId: service.mode === "AUTO" ? service.providerId : null,
        providerServiceId: service.mode === "AUTO" ? service.providerServiceId : null,
        providerServiceRate: service.mode === "AUTO" ? service.providerRate : null,
        link: target,
        quantity: units,
        params: Object.keys(params).length ? params : undefined,
        ...columns,
        mode: service.mode,
        rate: toStorage(price.rate),
        charge: toStorage(charge),
        chargeUsd: toStorage(charge.div(bdtPerUsd)),
        source: options.source,
        adminNotes: options.adminNotes ?? null,
      },
      select: { id: true },
    });
    await postLedgerEntry(tx, {
      userId,
      kind: "ORDER_CHARGE",
      amount: charge.neg(),
      referenceType: "order",
      referenceId: String(created.id),
      actorId: options.actorId ?? userId,
      memo: { key: "stored.ledger.order", values: { id: created.id } },
    }).catch((error: unknown) => {
      if (isInsufficientFunds(error)) {
        throw new AppError("insufficient_funds", `balance: not enough funds — this order costs ৳${charge.toFixed(2)}`, 422, {
          fields: { balance: ["not enough funds"] },
          charge: toStorage(charge),
        });
      }
      throw error;
    });
    await recordOrderEvent(tx, {
      orderId: created.id,
      kind: "created",
      toStatus: "PENDING",
      data: {
        charge: toStorage(charge),
        units,
        source: options.source,
        listRate: toStorage(money(service.rate)),
        priceSource: price.source,
      },
      actorId: options.actorId ?? userId,
    });
    return created;
  });

  if (service.mode === "AUTO" && service.providerId) {
    const forward = { data: { orderId: order.id, providerId: service.providerId }, id: `forward-${order.id}` };
    if (options.forwards) options.forwards.push(forward);
    else await dispatch("orders/forward.requested", forward.data, forward.id);
  }
  return { orderId: order.id, charge: toStorage(charge), status: "PENDING", mode: service.mode };
}

export function isInsufficientFunds(error: unknown): boolean {
  return error instanceof AppError && error.code === "insufficient_funds";
}
