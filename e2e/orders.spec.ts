import Decimal from "decimal.js";
import type { Page } from "@playwright/test";
import { ADMIN, CUSTOMER, expect, openHydrated, signIn, test, waitForHydration } from "./helpers";

// Orders end to end against the built-in demo provider, whose behaviour is set by its URL's query
// (lib/demo-provider/options.ts): `outcome` forces how an order ends, `durationMs` how long it takes,
// `fault=timeout_after_accept` accepts an order and then holds the answer past our timeout.
const DEMO_URL = `http://localhost:${process.env.E2E_PORT || 3100}/api/demo-provider/v2`;
const DEMO_KEY = "demo-provider-local-key"; // lib/demo-provider/seed-demo-provider.ts (local only)
const FOLLOWERS = "1"; // demo service 1: Instagram Followers, min 10, refill and cancel

/** As admin: adds a demo provider with this query and imports one of its services; returns our service id. */
async function addDemoService(admin: Page, query: string, demoServiceId: string): Promise<{ providerId: string; serviceId: string }> {
  await openHydrated(admin, "/admin/providers", "main form");
  await admin.getByLabel("Name", { exact: true }).fill(`E2E ${query} ${Date.now()}`);
  await admin.getByLabel("API URL", { exact: true }).fill(`${DEMO_URL}?${query}`);
  await admin.getByLabel("API key", { exact: true }).fill(DEMO_KEY);
  await admin.getByRole("button", { name: "Test and add" }).click();
  await expect(admin).toHaveURL(/\/admin\/providers\/[^/]+$/);
  const providerId = new URL(admin.url()).pathname.split("/").pop()!;

  await admin.getByRole("link", { name: "Import services" }).click();
  await expect(admin.getByTestId("import-table")).toBeVisible();
  await admin.getByLabel(`Select service ${demoServiceId}`, { exact: true }).check();
  await admin.getByRole("button", { name: "Import 1 selected" }).click();
  await expect(admin.locator('[data-notice="success"]')).toContainText("Done: 1 added");

  await admin.goto(`/admin/catalog/services?provider=${providerId}`);
  const href = await admin.getByTestId("services-table").locator("tbody tr").first().getByRole("link").first().getAttribute("href");
  return { providerId, serviceId: href!.split("/").pop()! };
}

/** As the customer: places one order on the create page and returns its id from the confirmation. */
async function placeOrder(customer: Page, serviceId: string, quantity: number): Promise<number> {
  await openHydrated(customer, `/user/orders/create?service=${serviceId}`);
  await customer.getByLabel("Link", { exact: true }).fill(`https://instagram.com/e2e_${Date.now()}`);
  await customer.getByLabel("Quantity", { exact: true }).fill(String(quantity));
  await customer.getByRole("button", { name: "Place order" }).click();
  const placed = customer.locator('[data-notice="success"]');
  await expect(placed).toContainText(/Order #\d+ placed/);
  return Number(/Order #(\d+)/.exec((await placed.textContent()) ?? "")![1]);
}

/** As admin, through the product's sync-status route (what "Sync now" on /admin/orders/sync calls). */
async function syncOrder(admin: Page, orderId: number): Promise<void> {
  const answer = await admin.request.post("/api/admin/orders/sync-status", { data: { orderId } });
  // 409: not at the provider yet (the forward runs in the background right after the order).
  expect([200, 409]).toContain(answer.status());
}

test("a customer orders from the demo provider and watches it reach Completed without reloading", async ({ page: admin, otherPage: customer }) => {
  test.setTimeout(120_000);
  await signIn(admin, ADMIN);
  const { serviceId } = await addDemoService(admin, "durationMs=4000&outcome=completed", FOLLOWERS);

  await signIn(customer, CUSTOMER);
  const orderId = await placeOrder(customer, serviceId, 100);
  await customer.goto("/user/orders");
  const status = customer.getByTestId(`order-status-${orderId}`);
  await expect(status).toHaveAttribute("data-status", /PENDING|PROCESSING|IN_PROGRESS/);
  // Marks this document: a reload or navigation would lose the mark.
  await customer.evaluate(() => Object.assign(window, { __sameDocument: true }));

  // The demo order finishes 4 s after it was accepted; the status cron runs every 5 minutes, so the
  // test asks for a sync of this order (as an admin would) until the provider says Completed.
  await expect
    .poll(
      async () => {
        await syncOrder(admin, orderId);
        return status.getAttribute("data-status");
      },
      { timeout: 60_000, intervals: [3_000] },
    )
    .toBe("COMPLETED");
  await expect(status).toHaveText("Completed");
  await expect(customer.getByTestId(`order-remains-${orderId}`)).toHaveText("0");
  expect(await customer.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
});

test("a partial order's refund (price × remains / quantity) appears in the customer's transactions", async ({ page: admin, otherPage: customer }) => {
  test.setTimeout(120_000);
  await signIn(admin, ADMIN);
  const { serviceId } = await addDemoService(admin, "durationMs=2000&outcome=partial", FOLLOWERS);

  await signIn(customer, CUSTOMER);
  const orderId = await placeOrder(customer, serviceId, 100);
  await expect
    .poll(
      async () => {
        await syncOrder(admin, orderId);
        const order = await admin.request.get(`/api/admin/orders/${orderId}`);
        return ((await order.json()) as { data: { status: string } }).data.status;
      },
      { timeout: 60_000, intervals: [3_000] },
    )
    .toBe("PARTIAL");

  const order = ((await (await admin.request.get(`/api/admin/orders/${orderId}`)).json()) as { data: { charge: string; remains: number; quantity: number } }).data;
  expect(order.remains).toBeGreaterThan(0);
  const refund = new Decimal(order.charge).times(order.remains).dividedBy(order.quantity).toDecimalPlaces(4, Decimal.ROUND_DOWN);

  await customer.goto("/user/transactions");
  const row = customer.getByTestId("ledger-table").locator("tr", { hasText: `Refund for order #${orderId} (partial)` });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Order refund");
  await expect(row).toContainText(`+৳${refund.toFixed(2)}`);
});

test("an order whose answer was lost becomes uncertain, and an admin resolves it by attaching the provider's order id", async ({ page: admin, request }) => {
  test.setTimeout(150_000);
  await signIn(admin, ADMIN);
  // The provider accepts and then holds the answer 25 s, past our 15 s timeout.
  const { serviceId } = await addDemoService(admin, "fault=timeout_after_accept&hangMs=25000", FOLLOWERS);

  // The demo provider numbers its orders in sequence: one placed straight at it now tells which
  // number ours will get (the browser tests run one at a time, nothing else orders meanwhile).
  const probe = await request.post(DEMO_URL, { form: { key: DEMO_KEY, action: "add", service: "2", link: `https://instagram.com/probe_${Date.now()}`, quantity: "50" } });
  const expectedProviderOrderId = String(((await probe.json()) as { order: number }).order + 1);

  const created = await admin.request.post("/api/admin/orders/manual", {
    data: { userId: await customerId(admin), serviceId: Number(serviceId), link: `https://instagram.com/uncertain_${Date.now()}`, quantity: 50 },
  });
  expect(created.status()).toBe(201);
  const { orderId } = ((await created.json()) as { data: { orderId: number } }).data;

  await admin.goto(`/admin/orders/${orderId}`);
  await expect
    .poll(
      async () => {
        await admin.reload();
        return admin.getByTestId("resolve-uncertain").isVisible();
      },
      { timeout: 60_000, intervals: [3_000] },
    )
    .toBe(true);
  await expect(admin.getByRole("main").getByText("Uncertain", { exact: true }).first()).toBeVisible();

  // The admin looks the order up on the provider's side: it is there, so it must not be sent again.
  const atProvider = await request.post(DEMO_URL, { form: { key: DEMO_KEY, action: "status", order: expectedProviderOrderId } });
  expect(((await atProvider.json()) as { status?: string }).status).toBeDefined();

  await waitForHydration(admin, '[data-testid="resolve-uncertain"] form');
  await admin.getByLabel("Provider order ID", { exact: true }).fill(expectedProviderOrderId);
  await admin.getByRole("button", { name: "Attach" }).click();
  await expect(admin.getByTestId("resolve-uncertain")).toBeHidden({ timeout: 20_000 });
  await expect(admin.getByText(`Provider order ${expectedProviderOrderId} attached by an admin`)).toBeVisible();
  const order = ((await (await admin.request.get(`/api/admin/orders/${orderId}`)).json()) as { data: { status: string; providerOrderId: string | null } }).data;
  expect(order).toMatchObject({ status: "PROCESSING", providerOrderId: expectedProviderOrderId });
});

/** The seeded customer's id, found through the admin users list's search. */
async function customerId(admin: Page): Promise<string> {
  await admin.goto(`/admin/users?q=${encodeURIComponent(CUSTOMER.email)}`);
  const href = await admin.locator("tr", { hasText: CUSTOMER.email }).locator('a[href^="/admin/users/"]').first().getAttribute("href");
  return href!.split("/").pop()!;
}
