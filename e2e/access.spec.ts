import { expect, newCustomer, register, test } from "./helpers";

test("a signed-in customer opening /admin is turned away", async ({ page }) => {
  await register(page, newCustomer("no-admin"));

  await page.goto("/admin");
  await expect(page).toHaveURL(/\/forbidden$/);
  await expect(page.getByTestId("forbidden-title")).toHaveText("Access denied");

  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/forbidden$/);
});

test("a signed-out visitor opening /admin is sent to sign in", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
});
