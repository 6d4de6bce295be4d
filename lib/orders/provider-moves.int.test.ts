// Moving work between providers (issue 17): a re-pointed service sends new orders to its new provider
// while orders already placed keep theirs; an admin moves one pending order to another provider's service.
// Which provider got an order is read from each provider's own books.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as forwardRoute } from "@/app/api/admin/orders/forward-to-provider/route";
import { repointService } from "@/lib/catalog/repoint-service";
import { setServiceFallback } from "@/lib/catalog/set-service-fallback";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { callRoute, createUser, sessionCookie } from "@/tests/factories";
import { fastProviderTimeout } from "@/tests/order-fixtures";
import { randomLink, scriptedProvider } from "@/tests/scripted-fixtures";
import { forwardToProvider } from "./admin/forward-to-provider";
import { createOrder } from "./create-order";
import { forwardOrder } from "./forward-order";

let admin: Awaited<ReturnType<typeof createUser>>;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
  await fastProviderTimeout(admin.id, 2);
});
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});

async function pair(importedAtB: string[] = []) {
  const a = await scriptedProvider(admin.id, ["2"]);
  const b = await scriptedProvider(admin.id, importedAtB);
  closers.push(a.upstream.close, b.upstream.close);
  return { a, b, serviceId: a.service("2").id };
}

const order = (id: number) => db.order.findUniqueOrThrow({ where: { id } });
const place = (userId: string, serviceId: number) =>
  createOrder(userId, { serviceId, link: randomLink(), quantity: 1000 }, { source: "web" });
const actor = () => ({ id: admin.id, ip: "203.0.113.7" });

describe("re-pointing a service", () => {
  it("sends new orders to the new provider while an order placed before keeps its own provider", async () => {
    const { a, b, serviceId } = await pair();
    const customer = await createUser({ balance: "1000" });
    const before = await place(customer.id, serviceId);

    await repointService({ serviceId, providerId: b.provider.id, providerServiceId: "1" }, actor());
    const service = await db.service.findUniqueOrThrow({ where: { id: serviceId } });
    expect(service).toMatchObject({ providerId: b.provider.id, providerServiceId: "1", providerCurrency: "USD" });
    expect(money(service.providerRate!).toFixed(2)).toBe("0.50");
    const after = await place(customer.id, serviceId);
    expect(await order(after.orderId)).toMatchObject({ providerId: b.provider.id, providerServiceId: "1" });

    b.upstream.script.orderId = `b-${after.orderId}`;
    a.upstream.script.orderId = `a-${before.orderId}`;
    expect(await forwardOrder(after.orderId)).toBe("forwarded");
    expect(await forwardOrder(before.orderId)).toBe("forwarded");
    // B's books: the new order, as its service "1"; A's books: only the order placed before, as "2".
    expect(b.upstream.accepted().map((add) => add.service)).toEqual(["1"]);
    expect(a.upstream.accepted().map((add) => add.service)).toEqual(["2"]);
    expect(await order(after.orderId)).toMatchObject({
      status: "PROCESSING",
      providerId: b.provider.id,
      providerOrderId: `b-${after.orderId}`,
    });
    expect(await order(before.orderId)).toMatchObject({
      status: "PROCESSING",
      providerId: a.provider.id,
      providerOrderId: `a-${before.orderId}`,
    });
    // The estimate of what B bills uses B's rate, kept on the order.
    const sent = await order(after.orderId);
    expect(money(sent.providerCharge!).toFixed(7)).toBe(money(sent.charge).times("0.5").div(sent.rate).toDecimalPlaces(7).toFixed(7));

    const log = await db.serviceChange.findMany({ where: { serviceId, kind: "provider" } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ source: "admin", after: { providerServiceId: "1", provider: b.provider.name } });
    expect(await db.auditLog.count({ where: { objectType: "service", objectId: String(serviceId), action: "service.repoint" } })).toBe(1);
  });

  it("refuses a service the provider does not list, another type, or one already in the catalogue, naming the field", async () => {
    const { b, serviceId } = await pair(["1"]);
    const attempt = (providerServiceId: string) => repointService({ serviceId, providerId: b.provider.id, providerServiceId }, actor());
    await expect(attempt("99")).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/^providerServiceId: /) });
    await expect(attempt("3")).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/^providerServiceId: /) });
    await expect(attempt("1")).rejects.toMatchObject({
      status: 409,
      code: "provider_service_taken",
      message: expect.stringMatching(/^providerServiceId: /),
    });
    await expect(repointService({ serviceId, providerId: "no-such", providerServiceId: "2" }, actor())).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/^providerId: /),
    });
    expect(await db.serviceChange.count({ where: { serviceId, kind: "provider" } })).toBe(0);
  });

  it("clears a fallback that the new provider would make pointless", async () => {
    const { b, serviceId } = await pair();
    await setServiceFallback({ action: "set", serviceId, fallbackProviderId: b.provider.id, fallbackProviderServiceId: "2" }, actor());
    expect(await db.service.findUniqueOrThrow({ where: { id: serviceId } })).toMatchObject({ fallbackProviderServiceId: "2" });
    await repointService({ serviceId, providerId: b.provider.id, providerServiceId: "2" }, actor());
    expect(await db.service.findUniqueOrThrow({ where: { id: serviceId } })).toMatchObject({
      providerId: b.provider.id,
      fallbackProviderId: null,
      fallbackProviderServiceId: null,
    });
  });
});

describe("an admin moves one order", () => {
  it("moves a pending order to another provider's service and sends it there once, on the timeline and audited", async () => {
    const { a, b, serviceId } = await pair();
    const customer = await createUser({ balance: "1000" });
    const { orderId } = await place(customer.id, serviceId);
    b.upstream.script.orderId = `moved-${orderId}`;

    // The product's route: {orderId, providerId} plus the picked providerServiceId.
    const res = await callRoute(forwardRoute, {
      cookie: await sessionCookie(admin),
      body: { orderId, providerId: b.provider.id, providerServiceId: "2" },
    });
    expect(res).toMatchObject({
      status: 200,
      json: { success: true, data: { outcome: "forwarded", status: "PROCESSING", providerOrderId: `moved-${orderId}` } },
    });
    expect(await order(orderId)).toMatchObject({ providerId: b.provider.id, providerServiceId: "2" });
    expect(b.upstream.accepted()).toHaveLength(1);
    expect(a.upstream.adds()).toBe(0);
    const [move] = await db.orderEvent.findMany({ where: { orderId, kind: "admin_move" } });
    expect(move).toMatchObject({
      actorId: admin.id,
      data: { fromProviderId: a.provider.id, providerId: b.provider.id, providerServiceId: "2" },
    });
    expect(await db.auditLog.count({ where: { objectType: "order", objectId: String(orderId), action: "order.move" } })).toBe(1);

    // Sent: nothing moves it again, and nothing sends it twice.
    await expect(forwardToProvider(orderId, a.provider.id, actor(), { providerServiceId: "2" })).rejects.toMatchObject({ status: 409 });
    expect(await forwardOrder(orderId)).toBe("skipped");
    expect(b.upstream.adds() + a.upstream.adds()).toBe(1);
  });

  it("refuses a FORWARD_FAILED order (already refunded) and leaves money and books alone", async () => {
    const { a, b, serviceId } = await pair();
    const customer = await createUser({ balance: "1000" });
    const { orderId } = await place(customer.id, serviceId);
    a.upstream.script.addError = "Incorrect service ID";
    expect(await forwardOrder(orderId)).toBe("failed");
    const failed = await order(orderId);
    expect(money(failed.refunded).eq(money(failed.charge))).toBe(true);

    await expect(forwardToProvider(orderId, b.provider.id, actor(), { providerServiceId: "2" })).rejects.toMatchObject({
      status: 409,
      code: "order_refunded",
      message: expect.stringMatching(/^orderId: /),
    });
    expect(await order(orderId)).toMatchObject({ status: "FORWARD_FAILED", providerId: a.provider.id });
    expect(b.upstream.adds()).toBe(0);
    expect(await db.ledgerEntry.count({ where: { referenceType: "order", referenceId: String(orderId) } })).toBe(2);
    expect(money((await db.user.findUniqueOrThrow({ where: { id: customer.id } })).balance).toFixed(2)).toBe("1000.00");
  });

  it("refuses a service of another type or not listed, sending nothing; an UNCERTAIN order moves only knowingly", async () => {
    const { a, b, serviceId } = await pair();
    const customer = await createUser({ balance: "1000" });
    const { orderId } = await place(customer.id, serviceId);
    for (const providerServiceId of ["3", "404"])
      await expect(forwardToProvider(orderId, b.provider.id, actor(), { providerServiceId })).rejects.toMatchObject({
        status: 422,
        message: expect.stringMatching(/^providerServiceId: /),
      });
    await db.order.update({ where: { id: orderId }, data: { status: "UNCERTAIN" } });
    await expect(forwardToProvider(orderId, b.provider.id, actor(), { providerServiceId: "2" })).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/resend knowingly/),
    });
    expect(a.upstream.adds() + b.upstream.adds()).toBe(0);
    b.upstream.script.orderId = `knowingly-${orderId}`;
    const resent = await forwardToProvider(orderId, b.provider.id, actor(), { providerServiceId: "2", confirmResend: true });
    expect(resent).toMatchObject({ outcome: "forwarded", providerOrderId: `knowingly-${orderId}` });
    expect(b.upstream.accepted()).toHaveLength(1);
    expect((await checkLedger()).mismatches).toEqual([]);
  });
});
