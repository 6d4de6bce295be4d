// Steps of the order journeys, shared by the browser tests and the production-shaped run
// (scripts/production-run/journey.spec.ts).
import Decimal from "decimal.js";
import type { Locator, Page } from "@playwright/test";
import { expect, openHydrated } from "./helpers";

/** The demo provider's key (lib/demo-provider/seed-demo-provider.ts; local mode, or DEMO_PROVIDER_ENABLED). */
export const DEMO_KEY = "demo-provider-local-key";

/** As admin: adds a provider at `apiUrl` (the demo provider with its query) and imports one service; returns our ids. */
export async function addDemoService(
  admin: Page,
  apiUrl: string,
  demoServiceId: string,
): Promise<{ providerId: string; serviceId: string }> {
  await openHydrated(admin, "/admin/providers", "main form");
  await admin.getByLabel("Name", { exact: true }).fill(`E2E ${new URL(apiUrl).search} ${Date.now()}`);
  await admin.getByLabel("API URL", { exact: true }).fill(apiUrl);
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
export async function placeOrder(customer: Page, serviceId: string, quantity: number): Promise<number> {
  await openHydrated(customer, `/user/orders/create?service=${serviceId}`);
  await customer.getByLabel("Link", { exact: true }).fill(`https://instagram.com/e2e_${Date.now()}`);
  await customer.getByLabel("Quantity", { exact: true }).fill(String(quantity));
  await customer.getByRole("button", { name: "Place order" }).click();
  const placed = customer.locator('[data-notice="success"]');
  await expect(placed).toContainText(/Order #\d+ placed/);
  return Number(/Order #(\d+)/.exec((await placed.textContent()) ?? "")![1]);
}

/** As admin, through the product's sync-status route (what "Sync now" on /admin/orders/sync calls). */
export async function syncOrder(admin: Page, orderId: number): Promise<void> {
  const answer = await admin.request.post("/api/admin/orders/sync-status", { data: { orderId } });
  // 409: not at the provider yet (the forward runs in the background right after the order).
  expect([200, 409]).toContain(answer.status());
}

/** Syncs the order until the admin API shows `status` (the status cron runs only every 5 minutes). */
export async function syncUntil(admin: Page, orderId: number, status: string, timeout: number): Promise<void> {
  await expect
    .poll(
      async () => {
        await syncOrder(admin, orderId);
        const order = await admin.request.get(`/api/admin/orders/${orderId}`);
        return ((await order.json()) as { data: { status: string } }).data.status;
      },
      { timeout, intervals: [3_000] },
    )
    .toBe(status);
}

/** A PARTIAL order's refund row in the customer's transactions: price × remains / quantity, rounded down. */
export async function expectPartialRefundRow(admin: Page, customer: Page, orderId: number): Promise<Locator> {
  const order = (
    (await (await admin.request.get(`/api/admin/orders/${orderId}`)).json()) as {
      data: { charge: string; remains: number; quantity: number };
    }
  ).data;
  expect(order.remains).toBeGreaterThan(0);
  const refund = new Decimal(order.charge).times(order.remains).dividedBy(order.quantity).toDecimalPlaces(4, Decimal.ROUND_DOWN);
  await customer.goto("/user/transactions");
  const row = customer.getByTestId("ledger-table").locator("tr", { hasText: `Refund for order #${orderId} (partial)` });
  await expect(row).toBeVisible();
  // Shown exactly as kept: 2 to 4 decimals (lib/money/format.ts).
  await expect(row).toContainText(`+৳${refund.toFixed(4).replace(/(\.\d{2}\d*?)0+$/, "$1")}`);
  return row;
}
