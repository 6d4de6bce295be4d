// Drip-feed and subscription orders already sent to a scripted upstream (tests/scripted-provider.ts),
// made directly with their columns set and charged through the ledger like createOrder does.
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { postLedgerEntry } from "@/lib/wallet/post-ledger-entry";
import { createUser } from "./factories";
import { randomLink, scriptedProvider } from "./scripted-fixtures";

type Fixture = Awaited<ReturnType<typeof scriptedProvider>>;

/** A charged order of `fixture`'s service "2", already at the provider as `providerOrderId`. */
export async function sentOrder(
  fixture: Fixture,
  providerOrderId: string,
  shape: { quantity: number; charge: string; columns: Record<string, unknown>; params?: Record<string, unknown>; userId?: string },
) {
  const userId = shape.userId ?? (await createUser({ balance: "1000" })).id;
  const service = fixture.service("2");
  const order = await db.order.create({
    data: {
      userId,
      serviceId: service.id,
      providerId: fixture.provider.id,
      providerOrderId,
      providerServiceId: "2",
      link: randomLink(),
      quantity: shape.quantity,
      params: shape.params as object | undefined,
      ...shape.columns,
      mode: "AUTO",
      status: "PROCESSING",
      rate: money(shape.charge).times(1000).div(shape.quantity).toFixed(4),
      charge: shape.charge,
      chargeUsd: money(shape.charge).div(120).toFixed(4),
      source: "api",
      forwardedAt: new Date(),
    },
    select: { id: true },
  });
  await db.$transaction((tx) =>
    postLedgerEntry(tx, {
      userId,
      kind: "ORDER_CHARGE",
      amount: money(shape.charge).neg(),
      referenceType: "order",
      referenceId: String(order.id),
    }),
  );
  return { orderId: order.id, userId };
}

/** A drip-feed of `runs` × `perRun` units, charged `charge`. */
export const dripFeed = (fixture: Fixture, providerOrderId: string, runs: number, perRun: number, charge: string, userId?: string) =>
  sentOrder(fixture, providerOrderId, {
    quantity: runs * perRun,
    charge,
    userId,
    columns: { runs, runInterval: 30, runQuantity: perRun },
    params: { runs, interval: 30 },
  });

/** A subscription of `posts` posts × `max` units (paid up front), charged `charge`. */
export const subscription = (fixture: Fixture, providerOrderId: string, posts: number, max: number, charge: string, userId?: string) =>
  sentOrder(fixture, providerOrderId, {
    quantity: posts * max,
    charge,
    userId,
    columns: { subscriptionPosts: posts },
    params: { username: "someone", min: Math.floor(max / 2), max, posts },
  });

/** What the customer's ledger sums to, and their cached balance. */
export async function ledgerAndBalance(userId: string) {
  const [sum, user] = await Promise.all([
    db.ledgerEntry.aggregate({ where: { userId }, _sum: { amount: true } }),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } }),
  ]);
  return { ledger: money(sum._sum.amount ?? 0).toFixed(4), balance: money(user.balance).toFixed(4) };
}
