import type { Page } from "@playwright/test";
import { ADMIN, CUSTOMER, expect, signIn, test, waitForHydration } from "./helpers";
import { addDemoService as addProviderService, DEMO_KEY, expectPartialRefundRow, placeOrder, syncOrder, syncUntil } from "./order-steps";

// Orders end to end against the built-in demo provider, whose behaviour is set by its URL's query
// (lib/demo-provider/options.ts): `outcome` forces how an order ends, `durationMs` how long it takes,
// `fault=timeout_after_accept` accepts an order and then holds the answer past our timeout.
const DEMO_URL = `http://localhost:${process.env.E2E_PORT || 3100}/api/demo-provider/v2`;
const FOLLOWERS = "1"; // demo service 1: Instagram Followers, min 10, refill and cancel
const addDemoService = (admin: Page, query: string, demoServiceId: string) =>
  addProviderService(admin, `${DEMO_URL}?${query}`, demoServiceId);

test("a customer orders from the demo provider and watches it reach Completed without reloading", async ({
  page: admin,
  otherPage: customer,
}) => {
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

test("a partial order's refund (price × remains / quantity) appears in the customer's transactions", async ({
  page: admin,
  otherPage: customer,
}) => {
  test.setTimeout(120_000);
  await signIn(admin, ADMIN);
  const { serviceId } = await addDemoService(admin, "durationMs=2000&outcome=partial", FOLLOWERS);

  await signIn(customer, CUSTOMER);
  const orderId = await placeOrder(customer, serviceId, 100);
  await syncUntil(admin, orderId, "PARTIAL", 60_000);

  const row = await expectPartialRefundRow(admin, customer, orderId);
  await expect(row).toContainText("Order refund");
});

test("an order whose answer was lost becomes uncertain, and an admin resolves it by attaching the provider's order id", async ({
  page: admin,
  request,
}) => {
  test.setTimeout(150_000);
  await signIn(admin, ADMIN);
  // The provider accepts and then holds the answer 25 s, past our 15 s timeout.
  const { serviceId } = await addDemoService(admin, "fault=timeout_after_accept&hangMs=25000", FOLLOWERS);

  // The demo provider numbers its orders in sequence: one placed straight at it now tells which
  // number ours will get (the browser tests run one at a time, nothing else orders meanwhile).
  const probe = await request.post(DEMO_URL, {
    form: { key: DEMO_KEY, action: "add", service: "2", link: `https://instagram.com/probe_${Date.now()}`, quantity: "50" },
  });
  const expectedProviderOrderId = String(((await probe.json()) as { order: number }).order + 1);

  const created = await admin.request.post("/api/admin/orders/manual", {
    data: {
      userId: await customerId(admin),
      serviceId: Number(serviceId),
      link: `https://instagram.com/uncertain_${Date.now()}`,
      quantity: 50,
    },
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
  await expect(admin.getByTestId("order-timeline")).toContainText(`attached the provider's order #${expectedProviderOrderId}`);
  const order = (
    (await (await admin.request.get(`/api/admin/orders/${orderId}`)).json()) as { data: { status: string; providerOrderId: string | null } }
  ).data;
  expect(order).toMatchObject({ status: "PROCESSING", providerOrderId: expectedProviderOrderId });
});

/** The seeded customer's id, found through the admin users list's search. */
async function customerId(admin: Page): Promise<string> {
  await admin.goto(`/admin/users?q=${encodeURIComponent(CUSTOMER.email)}`);
  const href = await admin.locator("tr", { hasText: CUSTOMER.email }).locator('a[href^="/admin/users/"]').first().getAttribute("href");
  return href!.split("/").pop()!;
}
