// A service's fallback provider (issue 17): after a definite refusal (a bad link excepted) the order goes to
// the fallback once, and never lives at two providers. Both providers' own books are checked.
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toInngestFunction } from "@/inngest/client";
import { orderForwardJob } from "@/inngest/functions/order-forward";
import { setServiceFallback } from "@/lib/catalog/set-service-fallback";
import { db } from "@/lib/db";
import { setEventSender } from "@/lib/jobs/dispatch";
import { money } from "@/lib/money/money";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { createUser } from "@/tests/factories";
import { fastProviderTimeout } from "@/tests/order-fixtures";
import { randomLink, scriptedProvider } from "@/tests/scripted-fixtures";
import { forwardToProvider } from "./admin/forward-to-provider";
import { createOrder } from "./create-order";
import { expireForwardClaims } from "./expire-forward-claims";
import { forwardOrder } from "./forward-order";

type Sent = { name: string; data: Record<string, unknown>; id: string };
let admin: Awaited<ReturnType<typeof createUser>>;
const sent: Sent[] = [];
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
  await fastProviderTimeout(admin.id, 2);
  setEventSender(async (events) => void sent.push(...events));
});
afterAll(async () => {
  setEventSender(async () => undefined);
  await Promise.all(closers.map((close) => close()));
});

/** Provider A holds the service; provider B is its fallback (B's service "2"); a customer's order waits for A. */
async function withFallback() {
  const a = await scriptedProvider(admin.id, ["2"]);
  const b = await scriptedProvider(admin.id, []);
  closers.push(a.upstream.close, b.upstream.close);
  const serviceId = a.service("2").id;
  await setServiceFallback(
    { action: "set", serviceId, fallbackProviderId: b.provider.id, fallbackProviderServiceId: "2" },
    { id: admin.id },
  );
  const customer = await createUser({ balance: "1000" });
  const { orderId } = await createOrder(customer.id, { serviceId, link: randomLink(), quantity: 1000 }, { source: "web" });
  b.upstream.script.orderId = `b-${orderId}`;
  return { a, b, orderId, customer };
}

const order = (id: number) => db.order.findUniqueOrThrow({ where: { id } });
const refunds = (orderId: number) =>
  db.ledgerEntry.count({ where: { referenceType: "order", referenceId: String(orderId), kind: "ORDER_REFUND" } });
const fallbackEvents = (orderId: number) => sent.filter((event) => event.id === `forward-${orderId}-fallback`);
/** The dispatched event, run as the background job runs it. */
async function runForwardJob(event: Sent) {
  const run = await new InngestTestEngine({
    function: toInngestFunction(orderForwardJob),
    events: [{ name: "orders/forward.requested", data: event.data }],
  }).execute();
  expect(run.error).toBeUndefined();
  return run.result;
}

describe("fallback after a definite refusal", () => {
  it("sends the order to the fallback once: A refused and has none, B has exactly one; nothing refunded", async () => {
    const { a, b, orderId, customer } = await withFallback();
    a.upstream.script.addError = "Service is disabled";

    expect(await forwardOrder(orderId)).toBe("fallback");
    const moved = await order(orderId);
    expect(moved).toMatchObject({ status: "PENDING", providerId: b.provider.id, providerServiceId: "2", forwardClaimedAt: null });
    expect(moved.fallbackAt).toBeInstanceOf(Date);
    const [event] = await db.orderEvent.findMany({ where: { orderId, kind: "forward_fallback" } });
    expect(event.data).toMatchObject({ reason: "service_off", fromProviderId: a.provider.id, providerId: b.provider.id });
    expect(fallbackEvents(orderId)).toEqual([
      { name: "orders/forward.requested", id: `forward-${orderId}-fallback`, data: { orderId, providerId: b.provider.id } },
    ]);

    // The dispatched job and a sweeper (or a second delivery) race: one send.
    const outcomes = await Promise.all([runForwardJob(fallbackEvents(orderId)[0]), forwardOrder(orderId), forwardOrder(orderId)]);
    expect(outcomes.filter((outcome) => outcome === "forwarded")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "skipped")).toHaveLength(2);

    expect(await order(orderId)).toMatchObject({ status: "PROCESSING", providerId: b.provider.id, providerOrderId: `b-${orderId}` });
    expect(a.upstream.accepted()).toHaveLength(0);
    expect(a.upstream.adds()).toBe(1);
    expect(b.upstream.accepted()).toHaveLength(1);
    expect(await refunds(orderId)).toBe(0);
    expect(money((await db.user.findUniqueOrThrow({ where: { id: customer.id } })).balance).lt(1000)).toBe(true);
  });

  it("fails with one refund when the fallback refuses too, and tries no third time", async () => {
    const { a, b, orderId, customer } = await withFallback();
    a.upstream.script.addError = "Quantity less than minimal 5000";
    b.upstream.script.addError = "Service is disabled";

    expect(await forwardOrder(orderId)).toBe("fallback");
    // Meanwhile the service's fallback changes to a third provider: an order falls back once, never twice.
    const c = await scriptedProvider(admin.id, []);
    closers.push(c.upstream.close);
    const serviceId = (await order(orderId)).serviceId;
    await setServiceFallback(
      { action: "set", serviceId, fallbackProviderId: c.provider.id, fallbackProviderServiceId: "2" },
      { id: admin.id },
    );
    expect(await runForwardJob(fallbackEvents(orderId)[0])).toBe("failed");
    expect(c.upstream.adds()).toBe(0);
    const failed = await order(orderId);
    expect(failed).toMatchObject({ status: "FORWARD_FAILED", providerId: b.provider.id });
    expect(money(failed.refunded).eq(money(failed.charge))).toBe(true);
    expect(await refunds(orderId)).toBe(1);
    expect(fallbackEvents(orderId)).toHaveLength(1);
    expect(await forwardOrder(orderId)).toBe("skipped");
    expect(a.upstream.adds() + b.upstream.adds()).toBe(2);
    expect(a.upstream.accepted().length + b.upstream.accepted().length).toBe(0);
    expect(money((await db.user.findUniqueOrThrow({ where: { id: customer.id } })).balance).toFixed(2)).toBe("1000.00");
  });

  it("does not fall back for a bad link: no provider takes it", async () => {
    const { a, b, orderId } = await withFallback();
    a.upstream.script.addError = "Invalid link";

    expect(await forwardOrder(orderId)).toBe("failed");
    expect(await order(orderId)).toMatchObject({ status: "FORWARD_FAILED", providerId: a.provider.id, fallbackAt: null });
    expect(b.upstream.adds()).toBe(0);
    expect(fallbackEvents(orderId)).toHaveLength(0);
    expect(await refunds(orderId)).toBe(1);
  });

  it("does not fall back to the provider that refused (an admin moved the order there) or without a fallback", async () => {
    const { a, b, orderId } = await withFallback();
    b.upstream.script.addError = "Service is disabled";
    const result = await forwardToProvider(orderId, b.provider.id, { id: admin.id }, { providerServiceId: "2" });
    expect(result).toMatchObject({ outcome: "failed", status: "FORWARD_FAILED" });
    expect(a.upstream.adds()).toBe(0);
    expect(b.upstream.adds()).toBe(1);
    expect(await refunds(orderId)).toBe(1);

    const other = await withFallback();
    await setServiceFallback({ action: "clear", serviceId: (await order(other.orderId)).serviceId }, { id: admin.id });
    other.a.upstream.script.addError = "Service is disabled";
    expect(await forwardOrder(other.orderId)).toBe("failed");
    expect(other.b.upstream.adds()).toBe(0);
  });

  it("sends once when forward runs overlap from the start, and every ledger equals its balance", async () => {
    const { a, b, orderId } = await withFallback();
    a.upstream.script.addError = "Service is disabled";
    const first = await Promise.all([forwardOrder(orderId), forwardOrder(orderId), forwardOrder(orderId)]);
    expect(first.filter((outcome) => outcome === "fallback")).toHaveLength(1);
    expect(first.filter((outcome) => outcome === "skipped")).toHaveLength(2);
    const second = await Promise.all([forwardOrder(orderId), forwardOrder(orderId), forwardOrder(orderId)]);
    expect(second.filter((outcome) => outcome === "forwarded")).toHaveLength(1);
    expect(a.upstream.adds()).toBe(1);
    expect(b.upstream.accepted()).toHaveLength(1);
    expect(await db.orderEvent.count({ where: { orderId, kind: "forward_fallback" } })).toBe(1);
    expect((await checkLedger()).mismatches).toEqual([]);
  });
  it("sends nothing anywhere when our own fallback write fails: the claim expires to UNCERTAIN for an admin", async () => {
    const { a, b, orderId } = await withFallback();
    a.upstream.script.addError = "Service is disabled";
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION inject_fallback_failure() RETURNS trigger AS $$
      BEGIN IF NEW.id = ${orderId} AND NEW.fallback_at IS NOT NULL THEN RAISE EXCEPTION 'injected: database write failed'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      "CREATE TRIGGER inject_fallback_failure BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION inject_fallback_failure()",
    );
    try {
      await expect(forwardOrder(orderId)).rejects.toThrow(/injected/);
    } finally {
      await db.$executeRawUnsafe("DROP TRIGGER inject_fallback_failure ON orders");
    }
    // Still at A, still claimed: a retried job or the sweeper sends nothing, to A or to B.
    expect(await order(orderId)).toMatchObject({ status: "PENDING", providerId: a.provider.id, fallbackAt: null });
    expect(await forwardOrder(orderId)).toBe("skipped");
    await db.$executeRaw`UPDATE orders SET forward_claimed_at = forward_claimed_at - interval '1 hour' WHERE id = ${orderId}`;
    expect(await expireForwardClaims()).toContain(orderId);
    expect(await order(orderId)).toMatchObject({ status: "UNCERTAIN", providerId: a.provider.id });
    expect(a.upstream.adds()).toBe(1);
    expect(a.upstream.accepted()).toHaveLength(0);
    expect(b.upstream.adds()).toBe(0);
    expect(fallbackEvents(orderId)).toHaveLength(0);
  });
});
