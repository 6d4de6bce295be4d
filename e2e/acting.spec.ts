import { openUserPage } from "./admin-steps";
import { ADMIN, expect, newCustomer, openHydrated, register, signIn, test } from "./helpers";

// Acting as a customer: an admin opens a customer's panel from their admin page, sees their dashboard
// under a banner, cannot change anything there, and returns to the customer's admin page.
test("an admin views the panel as a customer, cannot change anything, and returns", async ({ page: admin, otherPage: customerPage }) => {
  test.setTimeout(90_000);
  const customer = newCustomer("acting");
  await register(customerPage, customer);

  await signIn(admin, ADMIN);
  const adminPage = `/admin/users/${await openUserPage(admin, customer.email)}`;

  await openHydrated(admin, adminPage, "main button");
  await admin.getByRole("button", { name: "View as customer" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Open their panel" }).click();

  await expect(admin).toHaveURL(/\/user\/dashboard$/);
  const banner = admin.locator("[data-acting-banner]");
  await expect(banner).toContainText(`Viewing as ${customer.fullName} (${customer.email}). Read-only`);
  // The header shows the customer, not the admin; the admin area is out of reach while acting.
  await expect(admin.getByRole("banner")).toContainText(customer.email);
  await admin.goto("/admin");
  await expect(admin).toHaveURL(/\/user\/dashboard$/);

  // A change is refused with a clear answer (here: a new API key).
  await openHydrated(admin, "/user/api");
  await admin.getByLabel("Key name", { exact: true }).fill("acting test");
  await admin.getByRole("button", { name: "Create key" }).click();
  await expect(admin.getByText("You are viewing the panel as this customer: nothing can be changed.")).toBeVisible();

  await openHydrated(admin, "/user/dashboard", "[data-acting-banner] button");
  await banner.getByRole("button", { name: "Return to admin" }).click();
  await expect(admin).toHaveURL(new RegExp(`${adminPage}$`));
  await expect(admin.locator("[data-acting-banner]")).toHaveCount(0);
});
