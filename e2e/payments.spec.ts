import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { ADMIN, expect, newCustomer, openHydrated, register, signIn, test, waitForHydration } from "./helpers";

const trxId = () => randomBytes(5).toString("hex").toUpperCase();

async function openAddFunds(page: Page, method: RegExp): Promise<void> {
  await openHydrated(page, "/user/add-funds", "fieldset");
  await page.getByRole("radio", { name: method }).check();
}

async function submitManual(page: Page, amount: string, trx: string): Promise<void> {
  await openAddFunds(page, /bKash Send Money/);
  const form = page.getByTestId("manual-payment-form");
  await waitForHydration(page, '[data-testid="manual-payment-form"]');
  await expect(form.getByTestId("receiving-number")).toHaveText("01700000001");
  await form.getByLabel("Amount (BDT)", { exact: true }).fill(amount);
  await expect(form.getByTestId("credited-preview")).toContainText("You will be credited ৳");
  await form.getByLabel("Your bKash number", { exact: true }).fill("01712345678");
  await form.getByLabel("Transaction ID (TrxID)", { exact: true }).fill(trx);
  await form.getByRole("button", { name: "Submit for review" }).click();
}

test("a sandbox top-up raises the balance once, and /add-funds leads there", async ({ page }) => {
  const customer = newCustomer("sandbox-pay");
  await register(page, customer);
  await page.goto("/add-funds");
  await expect(page).toHaveURL(/\/user\/add-funds$/);
  await waitForHydration(page, "fieldset");
  await page.getByRole("radio", { name: /Sandbox gateway/ }).check();
  const form = page.getByTestId("online-payment-form");
  await waitForHydration(page, '[data-testid="online-payment-form"]');
  await form.getByLabel("Amount (BDT)", { exact: true }).fill("5.5");
  await form.getByRole("button", { name: "Continue to payment" }).click();
  await expect(form.getByText("must be at least ৳100.00")).toBeVisible();

  await form.getByLabel("Amount (BDT)", { exact: true }).fill("750.25");
  await expect(form.getByTestId("credited-preview")).toHaveText("You will be credited ৳750.25.");
  await form.getByRole("button", { name: "Continue to payment" }).click();
  await expect(page).toHaveURL(/\/user\/add-funds\/sandbox\/P[A-Z0-9]+$/);
  await expect(page.getByTestId("sandbox-amount")).toHaveText("৳750.25");
  await waitForHydration(page, '[data-testid="sandbox-checkout"] button');
  await page.getByRole("button", { name: "Pay", exact: true }).click();

  await expect(page).toHaveURL(/\/user\/payments\/P[A-Z0-9]+$/);
  await expect(page.getByTestId("payment-status")).toHaveText("Completed");
  await expect(page.getByText("Your balance was credited.")).toBeVisible();
  await page.goto("/user/dashboard");
  await expect(page.getByTestId("wallet-balance")).toHaveText("৳750.25");
});

test("manual bKash: the customer submits a TrxID, an admin approves, the balance rises and a receipt is mailed; the TrxID cannot be reused", async ({
  page: customerPage,
  otherPage: admin,
}) => {
  const customer = newCustomer("manual-pay");
  const trx = trxId();
  await register(customerPage, customer);
  await submitManual(customerPage, "1200", trx);
  await expect(customerPage).toHaveURL(/\/user\/payments\/P[A-Z0-9]+$/);
  await expect(customerPage.getByTestId("payment-status")).toHaveText("Waiting for review");

  await signIn(admin, ADMIN);
  await admin.goto(`/admin/payments?q=${trx}`);
  const row = admin.getByTestId("admin-payments-table").getByRole("row").filter({ hasText: trx });
  await expect(row).toHaveCount(1);
  await row.getByRole("link").click();
  await expect(admin).toHaveURL(/\/admin\/payments\/[^/?]+$/);
  await waitForHydration(admin, '[data-testid="payment-actions"] button');
  await admin.getByRole("button", { name: "Approve and credit" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Approve and credit ৳1,200.00" }).click();
  await expect(admin.getByTestId("payment-status")).toHaveText("Approved");
  await expect(admin.getByTestId("payment-events")).toContainText("approved");

  await admin.goto(`/admin/mailbox?to=${encodeURIComponent(customer.email)}`);
  await expect(admin.getByRole("heading", { name: "Receipt: ৳1200.00 added to your balance" })).toBeVisible();

  await customerPage.goto("/user/dashboard");
  await expect(customerPage.getByTestId("wallet-balance")).toHaveText("৳1,200.00");

  // The same TrxID again (even in lower case) is refused, naming the field.
  await submitManual(customerPage, "1200", trx.toLowerCase());
  await expect(customerPage.locator('[data-notice="error"]')).toHaveText("This TrxID was already submitted.");
  await expect(customerPage.locator("#trxId-error")).toHaveText("This TrxID was already submitted.");
  await customerPage.goto("/user/payments");
  await expect(customerPage.getByTestId("payments-table").locator("tbody tr")).toHaveCount(1);
});
