import { expect, newCustomer, register, signIn, signOut, test } from "./helpers";

test("a new customer registers, signs out and signs in again", async ({ page }) => {
  const customer = newCustomer("register");

  await register(page, customer);
  await expect(page.getByTestId("wallet-balance")).toHaveText("৳0.00");
  await expect(page.getByTestId("signed-in-as")).toHaveText(customer.email);

  await signOut(page);
  await page.goto("/user/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fuser%2Fdashboard$/);

  await signIn(page, customer);
  await expect(page).toHaveURL(/\/user\/dashboard$/);
  await expect(page.getByTestId("wallet-balance")).toHaveText("৳0.00");
  await expect(page.getByTestId("signed-in-as")).toHaveText(customer.email);
});
