import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as adjustBalanceRoute } from "@/app/api/admin/users/[id]/adjust-balance/route";
import { POST as createOrdersRoute } from "@/app/api/user/create-orders/route";
import { GET as ownLedgerRoute } from "@/app/api/user/ledger/route";
import { db } from "@/lib/db";
import { resetDemoProvider } from "@/lib/demo-provider/test-support";
import { startDemoProviderServer } from "@/tests/demo-provider-server";
import { callRoute, createUser, sessionCookie } from "@/tests/factories";
import { providerWithServices } from "@/tests/order-fixtures";

// APP_URL is http://localhost:3999 in integration tests (tests/setup-integration.ts).
let demo: Awaited<ReturnType<typeof startDemoProviderServer>>;
let serviceId: number;

beforeAll(async () => {
  demo = await startDemoProviderServer();
  await resetDemoProvider("100000");
  const admin = await createUser({ role: "ADMIN" });
  serviceId = (await providerWithServices(admin.id, demo.url())).service("1").id;
});
afterAll(async () => demo.close());

const balanceOf = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } })).balance.toFixed(2);
const link = () => `https://instagram.com/p/${randomUUID().slice(0, 10)}`;

describe("cookie-authenticated state changes refuse other origins", () => {
  it("refuses an order posted as text/plain by a same-site page on another port, and charges nothing", async () => {
    const customer = await createUser({ balance: "1000" });
    const cookie = await sessionCookie(customer);
    const body = JSON.stringify({ categoryId: "any", serviceId, link: link(), qty: 100 });
    const attempts: Record<string, string>[] = [
      { origin: "http://localhost:4000", "sec-fetch-site": "same-site", "content-type": "text/plain;charset=UTF-8" },
      { origin: "http://localhost:4000", "content-type": "text/plain;charset=UTF-8" },
      { "sec-fetch-site": "same-site", "content-type": "application/x-www-form-urlencoded" },
    ];
    for (const headers of attempts) {
      const refused = await callRoute(createOrdersRoute, { cookie, rawBody: body, headers });
      expect(refused.status).toBe(403);
      expect(refused.json.error).toMatchObject({ code: "cross_origin", message: expect.stringMatching(/^origin: /) });
    }
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(0);
    expect(await balanceOf(customer.id)).toBe("1000.00");

    const own = await callRoute(createOrdersRoute, {
      cookie,
      rawBody: body,
      headers: { origin: "http://localhost:3999", "sec-fetch-site": "same-origin" },
    });
    expect(own.status).toBe(201);
  });

  it("refuses an admin balance adjustment from another site, by Origin or by Sec-Fetch-Site, and changes nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const customer = await createUser({ balance: "10.00" });
    const cookie = await sessionCookie(admin);
    const adjust = (headers: Record<string, string>) =>
      callRoute(adjustBalanceRoute, {
        cookie,
        params: { id: customer.id },
        headers,
        body: { adjustmentId: randomUUID(), direction: "credit", amount: "500", reason: "csrf" },
      });
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { origin: "https://evil.example", "sec-fetch-site": "same-origin" },
      { "sec-fetch-site": "cross-site" },
      { origin: "http://localhost:3999", "sec-fetch-site": "cross-site" },
    ];
    for (const headers of attempts) {
      expect((await adjust(headers)).status).toBe(403);
    }
    expect(await balanceOf(customer.id)).toBe("10.00");
    expect(await db.auditLog.count({ where: { actorId: admin.id } })).toBe(0);

    // The panel's own pages (APP_URL, or the Host the request came to), and clients that are not browsers.
    expect((await adjust({ origin: "http://localhost:3999", "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await adjust({ origin: "http://panel.internal:8080", host: "panel.internal:8080" })).status).toBe(200);
    expect((await adjust({})).status).toBe(200);
    expect(await balanceOf(customer.id)).toBe("1510.00");
  });

  it("lets reads through from anywhere (they change nothing; CORS keeps their answers from other sites)", async () => {
    const customer = await createUser();
    const read = await callRoute(ownLedgerRoute, {
      method: "GET",
      cookie: await sessionCookie(customer),
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(read.status).toBe(200);
  });
});
