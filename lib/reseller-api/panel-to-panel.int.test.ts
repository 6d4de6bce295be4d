/*
 * Panel-to-panel proof: panel A's own provider client, pointed at panel B's /api/v2 over real HTTP,
 * places, tracks and cancels an order end to end.
 *
 * Shape: one test database holds both panels' rows (they never share a row: A's customer, provider and
 * service on one side; B's reseller, B's service and B's upstream, the demo provider, on the other).
 * B's /api/v2 is the real route handler behind a node HTTP server; A knows B only as a provider row
 * (URL + B's API key, created through B's key verb). Each side runs its own verbs: A forwards and
 * syncs A's order, B forwards and syncs B's order to the demo provider.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { importServices } from "@/lib/catalog/import-services";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { createOrder } from "@/lib/orders/create-order";
import { forwardOrder } from "@/lib/orders/forward-order";
import { requestCancel } from "@/lib/orders/requests/request-cancel";
import { startRequestTests, pause, type DemoServer, type Fixture } from "@/lib/orders/requests/test-support";
import { syncOrderStatuses } from "@/lib/orders/sync-order-statuses";
import { createProvider } from "@/lib/providers/save-provider";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { createUser } from "@/tests/factories";
import { startPanelApiServer } from "@/tests/panel-api-server";

let demo: DemoServer;
let panelB: Awaited<ReturnType<typeof startPanelApiServer>>;
let upstreamOfB: Fixture;
let admin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  const setup = await startRequestTests();
  demo = setup.demo;
  admin = setup.admin;
  // B's service 1 (refill + cancel) delivers over 10 s at the demo provider: Pending for 1 s, then In progress.
  upstreamOfB = await setup.provider("outcome=completed&durationMs=10000");
  panelB = await startPanelApiServer();
});
afterAll(async () => {
  await panelB.close();
  await demo.close();
});

const orderRow = (id: number) => db.order.findUniqueOrThrow({ where: { id } });
const balanceOf = async (userId: string) =>
  money((await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } })).balance);

describe("panel A → panel B over API v2", () => {
  it("imports B's service, places, tracks and cancels an order end to end, refunding on both panels", async () => {
    // Panel B: a reseller with a key.
    const reseller = await createUser({ balance: "5000" });
    const { key } = await createApiKey(reseller.id, "panel A");
    const serviceB = upstreamOfB.service("1");

    // Panel A: B as a provider (the balance probe proves URL and key), B's service imported at +10 %.
    const provider = await createProvider(
      { name: `Panel B ${randomUUID().slice(0, 8)}`, apiUrl: panelB.url, apiKey: key },
      { id: admin.id },
    );
    expect(provider).toMatchObject({ currency: "BDT", balance: "5000" });
    await importServices(
      { providerId: provider.id, providerServiceIds: [String(serviceB.id)], markupKind: "PERCENT", markupValue: "10", roundTo: null },
      { id: admin.id },
    );
    const serviceA = await db.service.findFirstOrThrow({ where: { providerId: provider.id, providerServiceId: String(serviceB.id) } });
    expect(money(serviceA.rate).eq(money(serviceB.rate).times("1.1"))).toBe(true);
    expect(serviceA).toMatchObject({ refill: true, cancel: true, min: serviceB.min, max: serviceB.max });

    // Place: A's customer orders; A's forward verb sends it to B, where it is B's reseller's order.
    const customer = await createUser({ balance: "5000" });
    const { orderId: orderA } = await createOrder(
      customer.id,
      { serviceId: serviceA.id, link: `https://instagram.com/${randomUUID().slice(0, 8)}`, quantity: 1000 },
      { source: "web" },
    );
    expect(await forwardOrder(orderA)).toBe("forwarded");
    const placedA = await orderRow(orderA);
    const orderB = Number(placedA.providerOrderId);
    expect(await orderRow(orderB)).toMatchObject({
      userId: reseller.id,
      serviceId: serviceB.id,
      source: "api",
      quantity: 1000,
      link: placedA.link,
      status: "PENDING",
    });
    expect((await balanceOf(reseller.id)).toFixed(4)).toBe(money(5000).minus(money(serviceB.rate)).toFixed(4));

    // Track: B forwards to its own upstream; both panels sync; A sees B's progress.
    expect(await forwardOrder(orderB)).toBe("forwarded");
    await pause(1300);
    await syncOrderStatuses({ orderIds: [orderB] });
    expect((await orderRow(orderB)).status).toBe("IN_PROGRESS");
    await syncOrderStatuses({ orderIds: [orderA] });
    const trackedA = await orderRow(orderA);
    expect(trackedA.status).toBe("IN_PROGRESS");
    expect(trackedA.startCount).toBe((await orderRow(orderB)).startCount);
    expect(money(trackedA.providerCharge!).eq(money(serviceB.rate))).toBe(true);

    // Cancel: A's request goes to B (cancel action), B's to the demo provider; then both sync.
    const { status: requestStatus } = await requestCancel(customer.id, orderA);
    expect(requestStatus).toBe("SENT");
    expect(await db.orderRequest.findFirst({ where: { orderId: orderB, kind: "cancel", userId: reseller.id } })).toMatchObject({
      status: "SENT",
    });
    await syncOrderStatuses({ orderIds: [orderB] });
    const finalB = await orderRow(orderB);
    expect(["PARTIAL", "CANCELED"]).toContain(finalB.status);
    await syncOrderStatuses({ orderIds: [orderA] });
    const finalA = await orderRow(orderA);
    expect(finalA.status).toBe(finalB.status);
    expect(finalA.remains).toBe(finalB.remains);
    expect(money(finalA.refunded).gt(0)).toBe(true);
    expect(money(finalB.refunded).gt(0)).toBe(true);
    // A's customer got back charge × remains / quantity of A's price; B's reseller the same share of B's.
    const share = (charge: { toString(): string }) => money(charge).times(finalB.remains!).div(1000).toDecimalPlaces(4, 1);
    expect(money(finalA.refunded).eq(finalB.status === "CANCELED" ? money(finalA.charge) : share(finalA.charge))).toBe(true);
    expect(money(finalB.refunded).eq(finalB.status === "CANCELED" ? money(finalB.charge) : share(finalB.charge))).toBe(true);

    expect(new Set(panelB.requests())).toEqual(new Set(["balance", "services", "add", "status", "cancel"]));
    expect((await checkLedger()).mismatches).toEqual([]);
  });
});
