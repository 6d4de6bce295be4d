import type { Page } from "@playwright/test";
import { ADMIN, CUSTOMER, expect, openHydrated, signIn, test } from "./helpers";
import { placeOrder } from "./order-steps";

// Issue 17: a service made by hand (no provider). Its orders wait in the manual order queue
// (/admin/orders/queue) until staff finish them; the customer hears of it like any provider order.

/** As admin: a category of its own (so the service is orderable whatever the seed holds) and a manual service in it. */
async function createManualService(admin: Page, name: string): Promise<string> {
  await openHydrated(admin, "/admin/catalog/categories", 'form[aria-label="Add category"]');
  await admin.locator("#category-new-name").fill(name);
  await admin.getByRole("button", { name: "Add category" }).click();
  await expect(admin.getByText("Category added.")).toBeVisible();

  await openHydrated(admin, "/admin/catalog/services/new", 'form[aria-label="New manual service"]');
  await admin.getByLabel("Name", { exact: true }).fill(name);
  await admin.getByLabel("Category", { exact: true }).selectOption({ label: name });
  await admin.getByLabel("Rate (৳ per 1,000)", { exact: true }).fill("50");
  await admin.getByLabel("Minimum", { exact: true }).fill("10");
  await admin.getByLabel("Maximum", { exact: true }).fill("1000");
  // The form checks min ≤ max before anything is sent, on the field.
  await admin.getByLabel("Minimum", { exact: true }).fill("5000");
  await admin.getByRole("button", { name: "Create service" }).click();
  await expect(admin.getByText("must not be above the maximum")).toBeVisible();
  await admin.getByLabel("Minimum", { exact: true }).fill("10");
  await admin.getByRole("button", { name: "Create service" }).click();
  await expect(admin).toHaveURL(/\/admin\/catalog\/services\/\d+$/);
  await expect(admin.getByTestId("service-manual")).toBeVisible();
  return new URL(admin.url()).pathname.split("/").pop()!;
}

test("a manual service order is completed by staff from the queue and the customer is notified", async ({
  page: admin,
  otherPage: customer,
}) => {
  test.setTimeout(120_000);
  const name = `E2E hand-made ${Date.now()}`;
  await signIn(admin, ADMIN);
  const serviceId = await createManualService(admin, name);

  await signIn(customer, CUSTOMER);
  const orderId = await placeOrder(customer, serviceId, 100);

  // The order waits for staff, unsent: it is in the queue, and the queue's badge counts it.
  await openHydrated(admin, "/admin/orders/queue", '[data-testid="manual-queue"]');
  const row = admin.locator(`[data-order-id="${orderId}"]`);
  await expect(row).toContainText(name);
  await expect(admin.getByTestId("waiting-manualOrders").first()).toBeAttached();

  // Started first: in progress, still waiting for staff.
  await row.getByRole("button", { name: "Start (in progress)" }).click();
  const start = admin.getByRole("dialog", { name: `Set order #${orderId} to “In progress”?` });
  await start.getByRole("button", { name: "Start (in progress)" }).click();
  await expect(start).toBeHidden();
  await expect(row).toContainText("In progress");

  // Then completed: restated in a dialog (nothing refunded), and the order leaves the queue.
  await row.getByRole("button", { name: "Mark completed" }).click();
  const complete = admin.getByRole("dialog", { name: `Mark order #${orderId} completed?` });
  await expect(complete).toContainText(CUSTOMER.email);
  await expect(complete.getByTestId("confirm-amount")).toHaveCount(0);
  await complete.getByRole("button", { name: "Mark completed" }).click();
  await expect(complete).toBeHidden();
  await expect(admin.locator(`[data-order-id="${orderId}"]`)).toHaveCount(0);

  // The customer sees the notice on the notifications page and the order as completed.
  await customer.goto("/user/notifications");
  await expect(customer.getByTestId("notice").filter({ hasText: `Order #${orderId} completed` })).toBeVisible();
  await customer.goto("/user/orders");
  await expect(customer.getByTestId(`order-status-${orderId}`)).toHaveAttribute("data-status", "COMPLETED");
});
