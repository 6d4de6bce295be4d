// Faults after the request may have left (issue 11, findings 1 and 2): whatever happens, the order is
// sent to the provider at most once and ends with a person, never back in the queue by itself.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { toInngestFunction } from "@/inngest/client";
import { orderForwardSweepJob } from "@/inngest/functions/order-forward";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { setSetting } from "@/lib/settings/settings";
import { createUser } from "@/tests/factories";
import { providerWithServices, withDemoProvider } from "@/tests/order-fixtures";
import { startScriptedProvider } from "@/tests/scripted-provider";
import { resolveUncertain } from "./admin/resolve-uncertain";
import { createOrder } from "./create-order";
import { forwardOrder } from "./forward-order";
import { syncOrderStatuses } from "./sync-order-statuses";

const setup = withDemoProvider({ timeoutSeconds: 2 });
let upstream: Awaited<ReturnType<typeof startScriptedProvider>>;

beforeAll(async () => {
  upstream = await startScriptedProvider();
});
afterAll(async () => {
  await setSetting("orders.forwardClaimMinutes", 5, { id: setup.admin.id });
  await upstream.close();
});
afterEach(async () => {
  await db.$executeRawUnsafe("DROP TRIGGER IF EXISTS inject_order_write_failure ON orders");
  Object.assign(upstream.script, { orderId: "777", hangOnAdd: false });
});

const order = (id: number) => db.order.findUniqueOrThrow({ where: { id } });
const events = (id: number, kind: string) => db.orderEvent.findMany({ where: { orderId: id, kind } });
const uncertainNotices = (id: number) =>
  db.notification.count({ where: { userId: setup.admin.id, kind: "order.uncertain", link: `/admin/orders/${id}` } });
const sweep = async () => {
  const run = await new InngestTestEngine({ function: toInngestFunction(orderForwardSweepJob) }).execute();
  expect(run.error).toBeUndefined();
  return run.result as { expired: number };
};

/** A customer's order for a service of a new provider that the scripted upstream answers for. */
async function placedAtScriptedProvider() {
  const fixture = await providerWithServices(setup.admin.id, setup.demo.url());
  await db.provider.update({ where: { id: fixture.provider.id }, data: { apiUrl: upstream.url } });
  const customer = await createUser({ balance: "1000" });
  const placed = await createOrder(
    customer.id,
    { serviceId: fixture.service("2").id, link: `https://instagram.com/p/${randomUUID().slice(0, 10)}`, quantity: 1000 },
    { source: "web" },
  );
  return { ...placed, customer, providerId: fixture.provider.id };
}

/** A real database failure at the moment the answer is written: a trigger refuses the move to PROCESSING. */
async function failWritesToProcessing(orderId: number) {
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION inject_order_write_failure() RETURNS trigger AS $$
    BEGIN IF NEW.id = ${orderId} AND NEW.status = 'PROCESSING' THEN RAISE EXCEPTION 'injected: database write failed'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(
    "CREATE TRIGGER inject_order_write_failure BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION inject_order_write_failure()",
  );
}

describe("the provider accepted, then recording the answer failed", () => {
  it("ends UNCERTAIN with the provider's id kept, is sent exactly once, and an admin attaches the id", async () => {
    const { orderId } = await placedAtScriptedProvider();
    upstream.script.orderId = `ok-${orderId}`;
    await failWritesToProcessing(orderId);
    const adds = upstream.adds();

    expect(await forwardOrder(orderId)).toBe("uncertain");
    expect(await order(orderId)).toMatchObject({ status: "UNCERTAIN", providerOrderId: null });
    const [unrecorded] = await events(orderId, "forward_unrecorded");
    expect(unrecorded.data).toMatchObject({ providerOrderId: `ok-${orderId}` });
    expect(await uncertainNotices(orderId)).toBe(1);

    await db.$executeRawUnsafe("DROP TRIGGER inject_order_write_failure ON orders");
    await sweep();
    expect(await forwardOrder(orderId)).toBe("skipped");
    expect(upstream.adds()).toBe(adds + 1); // the provider's books: one order

    await resolveUncertain(orderId, { providerOrderId: `ok-${orderId}` }, { id: setup.admin.id });
    expect(await order(orderId)).toMatchObject({ status: "PROCESSING", providerOrderId: `ok-${orderId}` });
  });

  it("keeps both orders when the provider reuses the id of a live order: the new one waits for an admin, named with the other", async () => {
    const first = await placedAtScriptedProvider();
    upstream.script.orderId = `reused-${first.orderId}`;
    expect(await forwardOrder(first.orderId)).toBe("forwarded");
    const second = await createOrder(
      first.customer.id,
      { serviceId: (await order(first.orderId)).serviceId, link: `https://instagram.com/p/${randomUUID().slice(0, 10)}`, quantity: 1000 },
      { source: "web" },
    );
    const adds = upstream.adds();

    expect(await forwardOrder(second.orderId)).toBe("uncertain");
    expect(await order(first.orderId)).toMatchObject({ status: "PROCESSING", providerOrderId: `reused-${first.orderId}` });
    expect(await order(second.orderId)).toMatchObject({ status: "UNCERTAIN", providerOrderId: null });
    const [unrecorded] = await events(second.orderId, "forward_unrecorded");
    expect(unrecorded.data).toMatchObject({ providerOrderId: `reused-${first.orderId}`, clashWithOrderId: first.orderId });
    expect(unrecorded.message).toContain(`#${first.orderId}`);

    await sweep();
    expect(upstream.adds()).toBe(adds + 1);
    // Attaching the id is refused while the other order still holds it (live ids are unique per provider).
    await expect(
      resolveUncertain(second.orderId, { providerOrderId: `reused-${first.orderId}` }, { id: setup.admin.id }),
    ).rejects.toMatchObject({ status: 409, code: "provider_order_id_taken" });
  });

  it("accepts an id that only a finished order had: providers reset their ids", async () => {
    const first = await placedAtScriptedProvider();
    upstream.script.orderId = `old-${first.orderId}`;
    expect(await forwardOrder(first.orderId)).toBe("forwarded");
    await db.order.update({ where: { id: first.orderId }, data: { status: "COMPLETED" } });
    const second = await createOrder(
      first.customer.id,
      { serviceId: (await order(first.orderId)).serviceId, link: `https://instagram.com/p/${randomUUID().slice(0, 10)}`, quantity: 1000 },
      { source: "web" },
    );

    expect(await forwardOrder(second.orderId)).toBe("forwarded");
    expect(await order(second.orderId)).toMatchObject({ status: "PROCESSING", providerOrderId: `old-${first.orderId}` });
    expect(await order(first.orderId)).toMatchObject({ status: "COMPLETED", providerOrderId: `old-${first.orderId}` });
  });
});

describe("the sending process dies between the claim and the answer", () => {
  it("leaves the order UNCERTAIN with an admin notice once the claim expires; never resent; attach the id, and a later cancel is refunded", async () => {
    const { orderId, customer } = await placedAtScriptedProvider();
    upstream.script.hangOnAdd = true;
    upstream.script.orderId = `crash-${orderId}`;
    await setSetting("orders.forwardClaimMinutes", 3, { id: setup.admin.id });
    // The child must die while its request hangs, not time out first on a loaded machine (a timeout
    // is the other, tested path: UNCERTAIN at once).
    await setSetting("providers.timeoutSeconds", 60, { id: setup.admin.id });
    const adds = upstream.adds();

    // The child inherits this process's environment, so it uses the test database.
    const child = spawn("node_modules/.bin/tsx", ["tests/forward-in-child.ts", String(orderId)], { stdio: "ignore" });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    await upstream.nextAdd(); // the request has left
    child.kill("SIGKILL");
    await exited;
    await setSetting("providers.timeoutSeconds", 2, { id: setup.admin.id });

    expect(await order(orderId)).toMatchObject({ status: "PENDING", forwardClaimedAt: expect.any(Date) });
    // A fresh claim is left alone, and nothing resends it.
    expect((await sweep()).expired).toBe(0);
    expect(await order(orderId)).toMatchObject({ status: "PENDING" });

    // The configured minutes pass (the claim is moved back rather than the test waiting three minutes).
    await db.$executeRaw`UPDATE orders SET forward_claimed_at = forward_claimed_at - interval '4 minutes' WHERE id = ${orderId}`;
    expect((await sweep()).expired).toBeGreaterThanOrEqual(1);
    expect(await order(orderId)).toMatchObject({ status: "UNCERTAIN" });
    expect(await events(orderId, "forward_claim_expired")).toHaveLength(1);
    expect(await uncertainNotices(orderId)).toBe(1);
    await sweep();
    expect(upstream.adds()).toBe(adds + 1);

    await resolveUncertain(orderId, { providerOrderId: `crash-${orderId}` }, { id: setup.admin.id });
    upstream.script.status = { status: "Canceled", charge: "0", start_count: "0", remains: "1000", currency: "USD" };
    await syncOrderStatuses({ orderIds: [orderId] });
    const canceled = await order(orderId);
    expect(canceled.status).toBe("CANCELED");
    expect(money(canceled.refunded).eq(money(canceled.charge))).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: customer.id } })).balance.toString()).toBe("1000");
  });
});
