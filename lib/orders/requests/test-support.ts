// Set-up shared by this folder's integration tests: the demo provider over HTTP, and orders placed,
// forwarded and (optionally) completed through the real order verbs.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { resetDemoProvider } from "@/lib/demo-provider/test-support";
import { startDemoProviderServer } from "@/tests/demo-provider-server";
import { createUser } from "@/tests/factories";
import { fastProviderTimeout, providerWithServices } from "@/tests/order-fixtures";
import { createOrder } from "../create-order";
import { forwardOrder } from "../forward-order";
import { syncOrderStatuses } from "../sync-order-statuses";

/** Demo services: 1 has refill and cancel, 2 neither, 3 cancel only, 4 refill only (catalog-fixed.ts). */
export const DEMO_SERVICES = ["1", "2", "3", "4"];

export type DemoServer = Awaited<ReturnType<typeof startDemoProviderServer>>;
export type Fixture = Awaited<ReturnType<typeof providerWithServices>>;

export async function startRequestTests() {
  const demo = await startDemoProviderServer();
  await resetDemoProvider("100000");
  const admin = await createUser({ role: "ADMIN" });
  await fastProviderTimeout(admin.id, 1);
  return { demo, admin, provider: (query: string) => providerWithServices(admin.id, demo.url(query), DEMO_SERVICES) };
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const link = () => `https://instagram.com/p/${randomUUID().slice(0, 10)}`;

/** A customer's order of `upstreamId`, forwarded to the demo provider. */
export async function forwardedOrder(fixture: Fixture, upstreamId: string, customerId?: string) {
  const customer = customerId ?? (await createUser({ balance: "10000" })).id;
  const { orderId } = await createOrder(
    customer,
    { serviceId: fixture.service(upstreamId).id, link: link(), quantity: 1000 },
    { source: "web" },
  );
  expect(await forwardOrder(orderId)).toBe("forwarded");
  return { orderId, customerId: customer };
}

/** The same, then left to finish at the provider (its durationMs) and synced: COMPLETED here. */
export async function completedOrder(fixture: Fixture, upstreamId: string, waitMs = 300) {
  const placed = await forwardedOrder(fixture, upstreamId);
  await pause(waitMs);
  await syncOrderStatuses({ orderIds: [placed.orderId] });
  expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe("COMPLETED");
  return placed;
}

export const requestRow = (id: string) => db.orderRequest.findUniqueOrThrow({ where: { id } });
export const orderRow = (id: number) => db.order.findUniqueOrThrow({ where: { id } });
