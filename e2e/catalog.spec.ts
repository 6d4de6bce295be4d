import Decimal from "decimal.js";
import { ADMIN, expect, newCustomer, openHydrated, register, signIn, test, waitForHydration } from "./helpers";

const DEMO_URL = `http://localhost:${process.env.E2E_PORT || 3100}/api/demo-provider/v2`;
const DEMO_KEY = "demo-provider-local-key"; // lib/demo-provider/seed-demo-provider.ts (local only)
const IMPORTED = ["1", "2", "4", "5", "6", "7", "8", "9", "10", "11"];

/** Our price for a demo service: USD rate × 122 (default exchange rate) × 1.25, rounded up to 4 places, shown exactly (2 to 4 decimals). */
function expectedPrice(rate: string): string {
  const price = new Decimal(rate).times(122).times(1.25).toDecimalPlaces(4, Decimal.ROUND_CEIL);
  const [whole, fraction] = price.toFixed(4).split(".");
  return `৳${Number(whole).toLocaleString("en")}.${fraction.replace(/0+$/, "").padEnd(2, "0")}`;
}

test("an admin adds the demo provider, tests it, imports ten services at 25 % and the customer sees those prices", async ({
  page: admin,
  otherPage: customerPage,
  request,
}) => {
  test.setTimeout(90_000);
  const services = (await (await request.post(DEMO_URL, { form: { key: DEMO_KEY, action: "services" } })).json()) as {
    service: number;
    name: string;
    rate: string;
  }[];
  const chosen = services.filter((service) => IMPORTED.includes(String(service.service)));
  expect(chosen).toHaveLength(10);

  await signIn(admin, ADMIN);
  await openHydrated(admin, "/admin/providers", "main form");
  const name = `E2E demo ${Date.now()}`;
  await admin.getByLabel("Name", { exact: true }).fill(name);
  await admin.getByLabel("API URL", { exact: true }).fill(DEMO_URL);
  await admin.getByLabel("API key", { exact: true }).fill(DEMO_KEY);
  await admin.getByRole("button", { name: "Test and add" }).click();
  await expect(admin).toHaveURL(/\/admin\/providers\/[^/]+$/);
  await expect(admin.getByRole("heading", { name })).toBeVisible();

  await waitForHydration(admin, "main form");
  await admin.getByRole("button", { name: "Test connection" }).click();
  await expect(admin.locator('[data-notice="success"]')).toContainText("Connected. Balance:");
  await expect(admin.getByTestId("provider-balance")).toContainText("USD");

  await admin.getByRole("link", { name: "Import services" }).click();
  await expect(admin.getByTestId("import-table")).toBeVisible();
  for (const id of IMPORTED) await admin.getByLabel(`Select service ${id}`, { exact: true }).check();
  await expect(admin.getByLabel("Markup %")).toHaveValue("25");
  await admin.getByRole("button", { name: "Import 10 selected" }).click();
  await expect(admin.locator('[data-notice="success"]')).toContainText("Done: 10 added, 0 updated");

  const customer = newCustomer("catalog");
  await register(customerPage, customer);
  await customerPage.goto("/user/services");
  for (const service of chosen) {
    const row = customerPage.getByTestId("services-table").locator("tr", { hasText: service.name }).first();
    await expect(row.getByTestId("service-price")).toHaveText(expectedPrice(service.rate));
  }
});

test("a provider URL that is not http(s) or does not answer is refused with a message naming the field", async ({ page: admin }) => {
  await signIn(admin, ADMIN);
  await openHydrated(admin, "/admin/providers", "main form");
  await admin.getByLabel("Name", { exact: true }).fill(`Broken ${Date.now()}`);
  await admin.getByLabel("API URL", { exact: true }).fill("ftp://panel.example/api/v2");
  await admin.getByLabel("API key", { exact: true }).fill("some-key");
  await admin.getByRole("button", { name: "Test and add" }).click();
  await expect(admin.getByText("must be an http:// or https:// URL")).toBeVisible();

  await admin.getByLabel("API URL", { exact: true }).fill("http://127.0.0.1:9/api/v2");
  await admin.getByRole("button", { name: "Test and add" }).click();
  await expect(admin.getByText(/could not connect to this URL/)).toBeVisible();
  await expect(admin).toHaveURL(/\/admin\/providers$/);
});
