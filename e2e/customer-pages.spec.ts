import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import type { Page } from "@playwright/test";
import { ADMIN, expect, newCustomer, register, signIn, test } from "./helpers";
import { addDemoService, placeOrder, syncUntil } from "./order-steps";

// The customer's dashboard and order page: a fresh customer is shown the way to a first order, places
// one that ends partial, finds it on the dashboard (counts, spend, live list) and reads its page.
const DEMO_URL = `http://localhost:${process.env.E2E_PORT || 3100}/api/demo-provider/v2`;
const FOLLOWERS = "1"; // demo service 1: Instagram Followers, min 10, refill and cancel

/** ৳ with 2 to 4 decimals and thousands grouping, as lib/money/format.ts shows an English reader. */
function taka(amount: Decimal.Value): string {
  const [whole, fraction] = new Decimal(amount).toFixed(4).split(".");
  return `৳${Number(whole).toLocaleString("en-GB")}.${fraction.replace(/0+$/, "").padEnd(2, "0")}`;
}
const count = (value: number) => value.toLocaleString("en-GB");

/** As admin: credits a customer found through /admin/users, through the adjustment route the admin's form uses. */
async function credit(admin: Page, email: string, amount: string): Promise<void> {
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: email, exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/users\/[^/?]+$/);
  const userId = new URL(admin.url()).pathname.split("/").pop()!;
  const answer = await admin.request.post(`/api/admin/users/${userId}/adjust-balance`, {
    data: { adjustmentId: randomUUID(), direction: "credit", amount, reason: "Funds for the dashboard test" },
  });
  expect(answer.status()).toBe(200);
}

test("a new customer's partial order: from the dashboard to its page, with its history, figures and refund", async ({
  page: admin,
  otherPage: customerPage,
}) => {
  test.setTimeout(150_000);
  const customer = newCustomer("customer-pages");
  await register(customerPage, customer);
  // Brand new: the dashboard points to Add funds, then New order.
  const start = customerPage.getByTestId("getting-started");
  await expect(start).toBeVisible();
  await expect(start.getByRole("link", { name: "Add funds" })).toHaveAttribute("href", "/user/add-funds");
  await expect(start.getByRole("link", { name: "Place your first order" })).toHaveAttribute("href", "/user/orders/create");

  await signIn(admin, ADMIN);
  await credit(admin, customer.email, "500");
  const { serviceId } = await addDemoService(admin, `${DEMO_URL}?durationMs=2000&outcome=partial`, FOLLOWERS);
  const orderId = await placeOrder(customerPage, serviceId, 100);
  await syncUntil(admin, orderId, "PARTIAL", 60_000);
  const order = (
    (await (await admin.request.get(`/api/admin/orders/${orderId}`)).json()) as {
      data: { charge: string; refunded: string; remains: number; quantity: number; startCount: number | null };
    }
  ).data;
  const refund = new Decimal(order.charge).times(order.remains).dividedBy(order.quantity).toDecimalPlaces(4, Decimal.ROUND_DOWN);
  expect(new Decimal(order.refunded).equals(refund)).toBe(true);
  const delivered = order.quantity - order.remains;

  await customerPage.goto("/user/dashboard");
  await expect(customerPage.getByTestId("getting-started")).toHaveCount(0);
  await expect(customerPage.getByTestId("spent-this-month")).toHaveText(taka(new Decimal(order.charge).minus(refund)));
  await expect(customerPage.getByTestId("orders-this-month")).toHaveText("1 order placed this month, after refunds");
  const partial = customerPage.getByTestId("orders-by-status").locator('[data-status="PARTIAL"]');
  await expect(partial).toHaveAttribute("href", "/user/orders?status=PARTIAL");
  await expect(partial).toContainText("1");
  await expect(customerPage.getByTestId(`recent-order-status-${orderId}`)).toHaveAttribute("data-status", "PARTIAL");
  await customerPage.getByTestId(`recent-order-${orderId}`).click();

  await expect(customerPage).toHaveURL(new RegExp(`/user/orders/${orderId}$`));
  await expect(customerPage.getByRole("heading", { name: `Order #${orderId}` })).toBeVisible();
  await expect(customerPage.getByTestId("order-status")).toHaveAttribute("data-status", "PARTIAL");
  await expect(customerPage.getByTestId("order-quantity")).toHaveText(count(order.quantity));
  await expect(customerPage.getByTestId("order-charge")).toHaveText(taka(order.charge));
  await expect(customerPage.getByTestId("order-delivered")).toHaveText(count(delivered));
  await expect(customerPage.getByTestId("order-remains")).toHaveText(count(order.remains));
  if (order.startCount !== null) await expect(customerPage.getByTestId("order-start-count")).toHaveText(count(order.startCount));
  await expect(customerPage.getByTestId("order-refunds")).toContainText(taka(refund));

  const steps = customerPage.getByTestId("order-history-step");
  await expect(steps.first()).toHaveText(`Order placed; ${taka(order.charge)} charged`);
  await expect(steps.filter({ hasText: "Sent to the provider" })).toHaveCount(1);
  await expect(steps.last()).toHaveText(`Partially delivered: ${count(delivered)} of ${count(order.quantity)}; ${taka(refund)} refunded`);
  // Customer-safe: no provider order id or the provider's own words.
  await expect(customerPage.getByTestId("order-history")).not.toContainText("Provider order");
  await expect(customerPage.getByTestId("order-history")).not.toContainText("Provider says");
  await expect(customerPage.getByRole("link", { name: `Report a problem with order #${orderId}` })).toHaveAttribute(
    "href",
    `/user/complaints/new?order=${orderId}`,
  );

  // Someone else's order, like a made-up id, is simply not found, never shown.
  for (const path of [`/user/orders/${orderId}`, "/user/orders/not-an-id"]) {
    await admin.goto(path);
    await expect(admin.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(admin.getByText(`Order #${orderId}`)).toHaveCount(0);
  }
});
