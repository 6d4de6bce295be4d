import Decimal from "decimal.js";
import { ADMIN, expect, newCustomer, openHydrated, register, signIn, test } from "./helpers";
import { openUserPage } from "./admin-steps";
import { addDemoService } from "./order-steps";

// Customer prices end to end: an admin gives one customer 10 % off everything on their user page, and
// that customer sees their own price (with the list price struck through) on New order.
const DEMO_URL = `http://localhost:${process.env.E2E_PORT || 3100}/api/demo-provider/v2?durationMs=60000`;

/** "৳1,234.5678" → 1234.5678 */
const amountOf = (text: string | null) => new Decimal((text ?? "").replace(/[^\d.]/g, ""));

test("an admin gives a customer −10 % and the customer sees it on New order", async ({ page: admin, otherPage: customerPage }) => {
  test.setTimeout(90_000);
  const customer = newCustomer("pricing");
  await register(customerPage, customer);

  await signIn(admin, ADMIN);
  const { serviceId } = await addDemoService(admin, DEMO_URL, "1");
  await openUserPage(admin, customer.email);
  const form = admin.getByTestId("customer-price-form");
  await openHydrated(admin, admin.url(), '[data-testid="customer-price-form"]');
  await form.getByLabel("Applies to", { exact: true }).selectOption("ALL");
  await form.getByLabel("Change in %", { exact: true }).fill("-10");
  await form.getByRole("button", { name: "Save price" }).click();
  // Imported with the default 25 % markup, −10 % still sells above cost: no below-cost question.
  await expect(admin.getByRole("dialog")).toHaveCount(0);
  await expect(admin.getByTestId("customer-prices")).toContainText("Everything: −10 %");

  await openHydrated(customerPage, `/user/orders/create?service=${serviceId}`);
  const rate = amountOf(await customerPage.getByTestId("service-rate").locator(":scope > span").first().textContent());
  const list = amountOf(await customerPage.getByTestId("list-price").locator("s").textContent());
  expect(rate.toFixed(4)).toBe(list.times(0.9).toDecimalPlaces(4, Decimal.ROUND_CEIL).toFixed(4));
  expect(rate.lessThan(list)).toBe(true);
});
