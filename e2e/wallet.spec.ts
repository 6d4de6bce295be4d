import type { Page } from "@playwright/test";
import { ADMIN, expect, newCustomer, register, signIn, signOut, test, waitForHydration } from "./helpers";

/** As a signed-in admin: finds the user by search on /admin/users and opens their page. */
async function openUserAsAdmin(page: Page, email: string): Promise<void> {
  await page.goto("/admin/users");
  const search = page.getByLabel("Search by e-mail, name, phone or id", { exact: true });
  await search.fill(email);
  await search.press("Enter");
  await expect(page).toHaveURL(/\/admin\/users\?q=/);
  await page.getByRole("link", { name: email, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[^/?]+$/);
  await expect(page.getByText(email, { exact: true })).toBeVisible();
  await waitForHydration(page, "main form");
}

async function adjust(page: Page, direction: "Credit (add)" | "Debit (remove)", amount: string, reason: string): Promise<void> {
  await page.getByLabel(direction, { exact: true }).check();
  await page.getByLabel("Amount (BDT)", { exact: true }).fill(amount);
  await page.getByLabel("Reason (shown to the customer)", { exact: true }).fill(reason);
  await page.getByRole("button", { name: "Apply adjustment" }).click();
  // The confirmation restates it (e2e/confirmations.spec.ts checks what it says); confirm it here.
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: /^(Add|Take) ৳/ }).click();
  await expect(dialog).toBeHidden();
}

test("an admin credit reaches the customer's wallet and transactions", async ({ page: admin, otherPage: customerPage }) => {
  const customer = newCustomer("credit");
  const reason = `Goodwill credit ${customer.email}`;
  await register(customerPage, customer);
  await signOut(customerPage);

  await signIn(admin, ADMIN);
  await openUserAsAdmin(admin, customer.email);
  await expect(admin.getByTestId("admin-user-balance")).toHaveText("৳0.00");
  await adjust(admin, "Credit (add)", "250.75", reason);
  await expect(admin.locator("[data-sonner-toast]")).toContainText(`Added ৳250.75 to ${customer.email}'s balance. New balance: ৳250.75.`);
  await expect(admin.getByTestId("admin-user-balance")).toHaveText("৳250.75");

  await signIn(customerPage, customer);
  await expect(customerPage).toHaveURL(/\/user\/dashboard$/);
  await expect(customerPage.getByTestId("wallet-balance")).toHaveText("৳250.75");

  await customerPage.goto("/user/transactions");
  const row = customerPage.getByTestId("ledger-table").getByRole("row").filter({ hasText: reason });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Credit by admin");
  await expect(row).toContainText("+৳250.75");
});

test("a debit larger than the balance is refused and changes nothing", async ({ page: admin, otherPage: customerPage }) => {
  const customer = newCustomer("overdraw");
  await register(customerPage, customer);

  await signIn(admin, ADMIN);
  await openUserAsAdmin(admin, customer.email);
  await adjust(admin, "Credit (add)", "100", "Opening credit for the overdraw test");
  await expect(admin.getByTestId("admin-user-balance")).toHaveText("৳100.00");

  await adjust(admin, "Debit (remove)", "100.01", "Debit more than the balance");
  await expect(admin.locator('[data-notice="error"]')).toHaveText("The balance is too low for this debit.");
  await expect(admin.locator("[data-sonner-toast]").filter({ hasText: "Took" })).toHaveCount(0);
  await admin.reload();
  await expect(admin.getByTestId("admin-user-balance")).toHaveText("৳100.00");

  await customerPage.goto("/user/transactions");
  await expect(customerPage.getByTestId("ledger-table").locator("tbody tr")).toHaveCount(1);
  await customerPage.goto("/user/dashboard");
  await expect(customerPage.getByTestId("wallet-balance")).toHaveText("৳100.00");
});
