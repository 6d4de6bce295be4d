// The customer journey on the production-shaped stack: register → sandbox top-up → order from the demo
// provider → status sync → partial refund visible. The admin is the operator's (operator-setup.ts).
import Decimal from "decimal.js";
import { test } from "@playwright/test";
import { expect, newCustomer, openHydrated, register, signIn, waitForHydration } from "../../e2e/helpers";

const ADMIN = { email: process.env.PROD_RUN_ADMIN_EMAIL!, password: process.env.PROD_RUN_ADMIN_PASSWORD! };
const DEMO_URL = `${process.env.PROD_RUN_URL}/api/demo-provider/v2`;
const DEMO_KEY = "demo-provider-local-key";

test("register, top up through the sandbox, order, sync, and see the partial refund", async ({ browser, baseURL }) => {
  // Two people at two computers; the run's certificate is accepted in each browser context.
  const [admin, customer] = await Promise.all(
    ["10.12.0.1", "10.12.0.2"].map(async (address) => (await browser.newContext({ baseURL, ignoreHTTPSErrors: true, extraHTTPHeaders: { "x-forwarded-for": address } })).newPage()),
  );
  await signIn(admin, ADMIN);
  await openHydrated(admin, "/admin/providers", "main form");
  await admin.getByLabel("Name", { exact: true }).fill("Demo provider (production run)");
  await admin.getByLabel("API URL", { exact: true }).fill(`${DEMO_URL}?durationMs=2000&outcome=partial`);
  await admin.getByLabel("API key", { exact: true }).fill(DEMO_KEY);
  await admin.getByRole("button", { name: "Test and add" }).click();
  await expect(admin).toHaveURL(/\/admin\/providers\/[^/]+$/);
  const providerId = new URL(admin.url()).pathname.split("/").pop()!;
  await admin.getByRole("link", { name: "Import services" }).click();
  await admin.getByLabel("Select service 1", { exact: true }).check();
  await admin.getByRole("button", { name: "Import 1 selected" }).click();
  await expect(admin.locator('[data-notice="success"]')).toContainText("Done: 1 added");
  await admin.goto(`/admin/catalog/services?provider=${providerId}`);
  const serviceId = (await admin.getByTestId("services-table").locator("tbody tr").first().getByRole("link").first().getAttribute("href"))!.split("/").pop()!;

  await register(customer, newCustomer("production-run"));
  await customer.goto("/user/add-funds");
  await waitForHydration(customer, "fieldset");
  await customer.getByRole("radio", { name: /Sandbox gateway/ }).check();
  const form = customer.getByTestId("online-payment-form");
  await waitForHydration(customer, '[data-testid="online-payment-form"]');
  await form.getByLabel("Amount (BDT)", { exact: true }).fill("1000");
  await form.getByRole("button", { name: "Continue to payment" }).click();
  await expect(customer).toHaveURL(/\/user\/add-funds\/sandbox\/P[A-Z0-9]+$/);
  await waitForHydration(customer, '[data-testid="sandbox-checkout"] button');
  await customer.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(customer.getByTestId("payment-status")).toHaveText("Completed");

  await openHydrated(customer, `/user/orders/create?service=${serviceId}`);
  await customer.getByLabel("Link", { exact: true }).fill(`https://instagram.com/production_run_${Date.now()}`);
  await customer.getByLabel("Quantity", { exact: true }).fill("100");
  await customer.getByRole("button", { name: "Place order" }).click();
  const placed = customer.locator('[data-notice="success"]');
  await expect(placed).toContainText(/Order #\d+ placed/);
  const orderId = Number(/Order #(\d+)/.exec((await placed.textContent()) ?? "")![1]);

  // The status cron runs every 5 minutes; the admin asks for this order's sync, as "Sync now" does.
  await expect
    .poll(
      async () => {
        const answer = await admin.request.post("/api/admin/orders/sync-status", { data: { orderId } });
        expect([200, 409]).toContain(answer.status());
        return ((await (await admin.request.get(`/api/admin/orders/${orderId}`)).json()) as { data: { status: string } }).data.status;
      },
      { timeout: 90_000, intervals: [3_000] },
    )
    .toBe("PARTIAL");
  const order = ((await (await admin.request.get(`/api/admin/orders/${orderId}`)).json()) as { data: { charge: string; remains: number; quantity: number } }).data;
  expect(order.remains).toBeGreaterThan(0);
  const refund = new Decimal(order.charge).times(order.remains).dividedBy(order.quantity).toDecimalPlaces(4, Decimal.ROUND_DOWN);

  await customer.goto("/user/transactions");
  const row = customer.getByTestId("ledger-table").locator("tr", { hasText: `Refund for order #${orderId} (partial)` });
  await expect(row).toBeVisible();
  await expect(row).toContainText(`+৳${refund.toFixed(2)}`);
});
