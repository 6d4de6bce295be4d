import { db } from "@/lib/db";
import { orderNotFound } from "./lock-order";

/**
 * One order for the admin: customer, service, provider (name and status only; the key never leaves
 * lib/providers), the whole timeline newest first with each actor's e-mail, and its refill/cancel requests.
 */
export async function getOrderForAdmin(orderId: number) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      status: true,
      mode: true,
      link: true,
      quantity: true,
      params: true,
      rate: true,
      charge: true,
      chargeUsd: true,
      refunded: true,
      providerOrderId: true,
      providerServiceId: true,
      fallbackAt: true,
      providerCharge: true,
      providerCurrency: true,
      providerRateBdt: true,
      providerChargeBdt: true,
      startCount: true,
      remains: true,
      runs: true,
      runsDone: true,
      subscriptionStatus: true,
      subscriptionPosts: true,
      postsDone: true,
      expiresAt: true,
      _count: { select: { children: true } },
      children: {
        orderBy: [{ createdAt: "asc" }, { providerOrderId: "asc" }],
        take: 500,
        select: { providerOrderId: true, status: true, quantity: true, remains: true },
      },
      source: true,
      adminNotes: true,
      forwardClaimedAt: true,
      forwardedAt: true,
      lastCheckedAt: true,
      finishedAt: true,
      createdAt: true,
      updatedAt: true,
      user: { select: { id: true, email: true, fullName: true, balance: true } },
      service: {
        select: { id: true, name: true, type: true, mode: true, providerId: true, providerServiceId: true, refill: true, cancel: true },
      },
      provider: { select: { id: true, name: true, status: true } },
      events: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 500,
        select: { id: true, kind: true, fromStatus: true, toStatus: true, message: true, data: true, actorId: true, createdAt: true },
      },
    },
  });
  if (!order) throw orderNotFound(orderId);
  const [requests, actors] = await Promise.all([
    db.orderRequest.findMany({
      where: { orderId },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: {
        id: true,
        kind: true,
        status: true,
        providerRequestId: true,
        message: true,
        lastCheckedAt: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    actorEmails(order.events.map((event) => event.actorId)),
  ]);
  return {
    ...order,
    rate: order.rate.toFixed(4),
    charge: order.charge.toFixed(4),
    chargeUsd: order.chargeUsd.toFixed(4),
    refunded: order.refunded.toFixed(4),
    providerCharge: order.providerCharge?.toFixed(7) ?? null,
    providerRateBdt: order.providerRateBdt?.toFixed(4) ?? null,
    providerChargeBdt: order.providerChargeBdt?.toFixed(4) ?? null,
    /** What this order earned: charged − refunded − the provider's cost (BDT); null while that cost is unknown. */
    profit:
      order.providerChargeBdt !== null || order.mode === "MANUAL"
        ? order.charge
            .minus(order.refunded)
            .minus(order.providerChargeBdt ?? 0)
            .toFixed(4)
        : null,
    user: { ...order.user, balance: order.user.balance.toFixed(4) },
    events: order.events.map((event) => ({
      ...event,
      // moveOrder leaves from_status empty; admin moves carry it in data.from.
      fromStatus: event.fromStatus ?? fromData(event.data),
      actorEmail: event.actorId ? (actors.get(event.actorId) ?? event.actorId) : null,
    })),
    requests,
    answeredProviderOrderId: answeredProviderOrderId(order.events),
  };
}

/** The id a provider answered with when recording it failed (forward-order.ts keeps it in the event's data). */
function answeredProviderOrderId(events: { kind: string; data: unknown }[]): string | null {
  const event = events.find((one) => one.kind === "forward_unrecorded" || one.kind === "forward_answer_late");
  const data = event?.data;
  return data && typeof data === "object" && "providerOrderId" in data && typeof data.providerOrderId === "string"
    ? data.providerOrderId
    : null;
}

export type AdminOrderDetail = Awaited<ReturnType<typeof getOrderForAdmin>>;

function fromData(data: unknown): string | null {
  return data && typeof data === "object" && "from" in data && typeof data.from === "string" ? data.from : null;
}

async function actorEmails(ids: (string | null)[]) {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (unique.length === 0) return new Map<string, string>();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, email: true } });
  return new Map(users.map((user) => [user.id, user.email]));
}
