import type { Page } from "@playwright/test";
import { ADMIN, expect, newCustomer, register, signIn, signOut, SUPPORT, test, waitForHydration } from "./helpers";

/** As a signed-in admin: opens the customer's page from the users list and waits for the adjust form. */
async function openUser(page: Page, email: string): Promise<void> {
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: email, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[^/?]+$/);
  await waitForHydration(page, "main form");
}

async function fillCredit(page: Page, amount: string, reason: string): Promise<void> {
  await page.getByLabel("Credit (add)", { exact: true }).check();
  await page.getByLabel("Amount (BDT)", { exact: true }).fill(amount);
  await page.getByLabel("Reason (shown to the customer)", { exact: true }).fill(reason);
  await page.getByRole("button", { name: "Apply adjustment" }).click();
}

test("a balance adjustment is restated in a dialog: going back changes nothing, confirming credits once and says so", async ({
  page: admin,
  otherPage: customerPage,
}) => {
  const customer = newCustomer("confirm");
  await register(customerPage, customer);
  await signOut(customerPage);

  await signIn(admin, ADMIN);
  await openUser(admin, customer.email);
  const balance = admin.getByTestId("admin-user-balance");
  await expect(balance).toHaveText("৳0.00");

  // The dialog names what will happen, the amount and the balance it leaves; focus is inside it.
  await fillCredit(admin, "500", "Goodwill for the confirmation test");
  const dialog = admin.getByRole("dialog", { name: `Add ৳500.00 to ${customer.email}'s balance?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("confirm-amount")).toHaveText("৳500.00");
  await expect(dialog.getByTestId("confirm-new-balance")).toHaveText("৳500.00");
  await expect(dialog.getByRole("button", { name: "Go back" })).toBeFocused();

  // Going back (the button, then Esc) leaves the balance and the ledger untouched.
  await dialog.getByRole("button", { name: "Go back" }).click();
  await expect(dialog).toBeHidden();
  await admin.getByRole("button", { name: "Apply adjustment" }).click();
  await expect(dialog).toBeVisible();
  await admin.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await admin.reload();
  await expect(balance).toHaveText("৳0.00");
  await expect(admin.locator("[data-sonner-toast]")).toHaveCount(0);

  // Confirming credits once and says so in a toast.
  await waitForHydration(admin, "main form");
  await fillCredit(admin, "500", "Goodwill for the confirmation test");
  await dialog.getByRole("button", { name: "Add ৳500.00" }).click();
  await expect(admin.locator("[data-sonner-toast]")).toContainText(`Added ৳500.00 to ${customer.email}'s balance. New balance: ৳500.00.`);
  await expect(dialog).toBeHidden();
  await expect(balance).toHaveText("৳500.00");
  await admin.reload();
  await expect(balance).toHaveText("৳500.00");
  await expect(admin.getByTestId("ledger-table").locator("tbody tr")).toHaveCount(1);
});

test("a support member refused a page hears which permission their role lacks; a customer hears it is for staff", async ({
  page,
  otherPage: customerPage,
}) => {
  await signIn(page, SUPPORT);
  await page.goto("/admin/settings");
  await expect(page).toHaveURL(/\/forbidden\?need=settings\.manage$/);
  await expect(page.getByTestId("forbidden-reason")).toHaveText("Your role (Support) cannot open settings. Ask an admin.");
  // The admin menu offers no page the role cannot open.
  await page.goto("/admin");
  for (const name of ["Settings", "Reports", "Providers", "Audit log"])
    await expect(page.getByRole("navigation").getByRole("link", { name, exact: true })).toHaveCount(0);

  await register(customerPage, newCustomer("staff-only"));
  await customerPage.goto("/admin/payments");
  await expect(customerPage).toHaveURL(/\/forbidden$/);
  await expect(customerPage.getByTestId("forbidden-title")).toHaveText("Access denied");
});
