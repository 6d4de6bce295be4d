import { expect, messages, newCustomer, register, signIn, signOut, test, waitForHydration } from "./helpers";

const { en, bn } = messages;

test("the language chosen on the dashboard is saved on the account", async ({ page, otherPage: freshDevice }) => {
  const customer = newCustomer("language");
  await register(page, customer);
  await expect(page.getByRole("link", { name: en.nav.dashboard, exact: true })).toBeVisible();

  await waitForHydration(page, "header select");
  await page.getByLabel(en.shell.language, { exact: true }).selectOption("bn");
  await expect(page.getByRole("link", { name: bn.nav.dashboard, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: bn.nav.transactions, exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "bn");
  await signOut(page);

  // A fresh browser (no language cookie) shows English until the customer signs in.
  await freshDevice.goto("/login");
  await expect(freshDevice.locator("html")).toHaveAttribute("lang", "en");
  await signIn(freshDevice, customer);
  await expect(freshDevice).toHaveURL(/\/user\/dashboard$/);
  await expect(freshDevice.locator("html")).toHaveAttribute("lang", "bn");
  await expect(freshDevice.getByRole("link", { name: bn.nav.dashboard, exact: true })).toBeVisible();
  await expect(freshDevice.getByLabel(bn.shell.language, { exact: true })).toHaveValue("bn");
});
