// The customer journey on the production-shaped stack: register → sandbox top-up → order from the demo
// provider → status sync → partial refund visible. The admin is the operator's (operator-setup.ts).
import { test } from "@playwright/test";
import { expect, newCustomer, register, signIn, waitForHydration } from "../../e2e/helpers";
import { addDemoService, expectPartialRefundRow, placeOrder, syncUntil } from "../../e2e/order-steps";

const ADMIN = { email: process.env.PROD_RUN_ADMIN_EMAIL!, password: process.env.PROD_RUN_ADMIN_PASSWORD! };
const DEMO_URL = `${process.env.PROD_RUN_URL}/api/demo-provider/v2`;

test("register, top up through the sandbox, order, sync, and see the partial refund", async ({ browser, baseURL }) => {
  // Two people at two computers; the run's certificate is accepted in each browser context.
  const [admin, customer] = await Promise.all(
    ["10.12.0.1", "10.12.0.2"].map(async (address) => (await browser.newContext({ baseURL, ignoreHTTPSErrors: true, extraHTTPHeaders: { "x-forwarded-for": address } })).newPage()),
  );
  await signIn(admin, ADMIN);
  const { serviceId } = await addDemoService(admin, `${DEMO_URL}?durationMs=2000&outcome=partial`, "1");

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

  const orderId = await placeOrder(customer, serviceId, 100);
  // The status cron runs every 5 minutes; the admin asks for this order's sync, as "Sync now" does.
  await syncUntil(admin, orderId, "PARTIAL", 90_000);
  await expectPartialRefundRow(admin, customer, orderId);
});
