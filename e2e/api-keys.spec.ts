import { expect, newCustomer, register, test, waitForHydration } from "./helpers";

test("a customer creates an API key, sees it once, uses it on /api/v2, then revokes it", async ({ page, request }) => {
  const customer = newCustomer("apikey");
  await register(page, customer);
  await page.getByRole("link", { name: "API", exact: true }).click();
  await expect(page).toHaveURL(/\/user\/api$/);
  await waitForHydration(page, "form");

  await page.getByLabel("Key name", { exact: true }).fill("My reseller panel");
  await page.getByRole("button", { name: "Create key" }).click();
  const shown = page.getByTestId("new-api-key-value");
  await expect(shown).toHaveText(/^smm_[\w-]{43}$/);
  const key = (await shown.textContent())!;
  const row = page.getByTestId("api-key-row");
  await expect(row).toContainText("My reseller panel");
  await expect(row).toContainText(`${key.slice(0, 12)}…`);
  await expect(row).not.toContainText(key);

  const balance = await request.post("/api/v2", { form: { key, action: "balance" } });
  expect(balance.status()).toBe(200);
  expect(await balance.json()).toEqual({ balance: "0.0000", currency: "BDT" });

  // After a reload the full key is gone for good: only its prefix remains.
  await page.reload();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
  await expect(page.getByText(key, { exact: true })).toHaveCount(0);

  await waitForHydration(page, "form");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("api-key-row").getByRole("button", { name: "Revoke" }).click();
  await expect(page.locator('[data-notice="success"]')).toHaveText("The key was revoked.");
  await expect(page.getByTestId("api-key-row")).toContainText("revoked");
  const refused = await request.post("/api/v2", { form: { key, action: "balance" } });
  expect(await refused.json()).toEqual({ error: "Invalid API key" });
});

test("the /api documentation page lists every action and the copy-ready examples", async ({ page }) => {
  await page.goto("/api");
  await expect(page.getByRole("heading", { name: "API v2 documentation", level: 1 })).toBeVisible();
  await expect(page.getByTestId("api-endpoint")).toHaveText(/\/api\/v2$/);
  for (const action of ["services", "add", "status", "refill", "refill_status", "cancel", "balance"]) {
    await expect(page.getByText(`action=${action}`, { exact: true }).first()).toBeVisible();
  }
  for (const language of ["curl", "PHP", "Python"]) await expect(page.getByText(language, { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});
