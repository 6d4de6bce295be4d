// The customer journey on the production-shaped stack: register → sandbox top-up → order from the demo
// provider → status sync → partial refund visible → a case about it with an image sent straight to
// UploadThing (a local stand-in). The admin is the operator's (operator-setup.ts), who turns on the
// second factor at the first sign-in as every admin must.
import { test } from "@playwright/test";
import { expect, newCustomer, register, submitSignIn, waitForHydration } from "../../e2e/helpers";
import { addDemoService, expectPartialRefundRow, placeOrder, syncUntil } from "../../e2e/order-steps";
import { enrolSecondFactor } from "../../e2e/two-factor-steps";

const ADMIN = { email: process.env.PROD_RUN_ADMIN_EMAIL!, password: process.env.PROD_RUN_ADMIN_PASSWORD! };
// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const DEMO_URL = `${process.env.PROD_RUN_URL}/api/demo-provider/v2`;

test("register, top up through the sandbox, order, sync, and see the partial refund", async ({ browser, baseURL }) => {
  // Two people at two computers; the run's certificate is accepted in each browser context.
  const [admin, customer] = await Promise.all(
    ["10.12.0.1", "10.12.0.2"].map(async (address) =>
      (await browser.newContext({ baseURL, ignoreHTTPSErrors: true, extraHTTPHeaders: { "x-forwarded-for": address } })).newPage(),
    ),
  );
  // Staff need a second factor: the operator's first sign-in lands on the security page, which sets it
  // up; the session that enrolled opens the admin.
  await submitSignIn(admin, ADMIN);
  await expect(admin).toHaveURL(/\/user\/settings\/security$/);
  await enrolSecondFactor(admin, ADMIN.email);
  await admin.goto("/admin");
  await expect(admin).toHaveURL(/\/admin$/);
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

  // The image never passes through the panel: the browser sends it to UploadThing's ingest (allowed by
  // the page's CSP), the panel confirms the bytes, and the case attaches the confirmed upload.
  await customer.goto(`/user/complaints/new?order=${orderId}`);
  await waitForHydration(customer, "form");
  await customer.getByLabel("Category", { exact: true }).selectOption({ label: "Order problem" });
  await customer.getByLabel("Title", { exact: true }).fill("Part of my order is missing");
  await customer.getByLabel("Describe the problem").fill("Only part was delivered; screenshot attached.");
  await customer.locator("#files").setInputFiles({ name: "screenshot.png", mimeType: "image/png", buffer: PNG });
  const uploaded = customer.waitForRequest(
    (request) => request.method() === "PUT" && request.url().startsWith(process.env.UPLOADTHING_INGEST_URL!),
  );
  await customer.getByRole("button", { name: "Send case" }).click();
  await uploaded;
  await expect(customer).toHaveURL(/\/user\/complaints\/\d+$/);
  const preview = customer.getByRole("img", { name: "screenshot.png" });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
});
