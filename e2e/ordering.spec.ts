import type { Page } from "@playwright/test";
import { CUSTOMER, expect, newCustomer, openHydrated, register, signIn, test, waitForHydration } from "./helpers";

// The customer's way to an order: find a service by its id in the New order picker, pin it as a
// favourite (listed first from then on), order straight from a Services row, see a wrong amount marked
// on the amount itself, and check a mass order's lines and prices before placing them.

const SEEDED = "Instagram Followers | Real Mixed | Refill 30 Days"; // scripts/db/seed-data.ts: min 10

/** The id and limits of a seeded service, read from the Services page as a customer sees it. */
async function seededService(page: Page, name = SEEDED): Promise<{ id: string; min: number }> {
  await page.goto(`/user/services?q=${encodeURIComponent(name)}`);
  const row = page.locator("tr[data-service-id]", { hasText: name }).first();
  const id = (await row.getAttribute("data-service-id"))!;
  const limits = (await row.locator("td").nth(3).textContent()) ?? "";
  const min = Number(/([\d,]+)–/.exec(limits)![1].replace(/,/g, ""));
  return { id, min };
}

test("a service is found by its id, chosen with the keyboard, and pinned: favourites come first", async ({ page }) => {
  await register(page, newCustomer("ordering"));
  const { id } = await seededService(page);
  await openHydrated(page, "/user/orders/create", "#serviceId");

  const picker = page.getByRole("combobox", { name: "Service" });
  await picker.fill(id);
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  const option = page.locator(`[role="option"][data-service-id="${id}"]`);
  await expect(option).toContainText(SEEDED);
  await expect(option).toContainText("per 1,000");
  await expect(picker).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await picker.press("Enter");
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await expect(picker).toHaveValue(`${id} · ${SEEDED}`);
  await expect(page.getByTestId("service-details")).toContainText(`ID ${id}`);

  await page.getByRole("button", { name: "Add to favourites" }).click();
  const pinned = page.getByRole("button", { name: "Remove from favourites" });
  await expect(pinned).toBeVisible();
  await expect(pinned).not.toHaveAttribute("aria-busy", "true"); // saved

  // Kept in the database: after a reload the favourite leads the list, in its own group.
  await openHydrated(page, "/user/orders/create", "#serviceId");
  await picker.press("ArrowDown");
  const groups = page.getByRole("listbox", { name: "Service" }).getByRole("group");
  await expect(groups.first()).toHaveAccessibleName("Favourites");
  await expect(groups.first().getByRole("option")).toHaveCount(1);
  await expect(groups.first().getByRole("option")).toContainText(SEEDED);
  await picker.press("Escape");
  await expect(picker).toHaveAttribute("aria-expanded", "false");
});

test("the Services page's Order button opens New order with that service chosen, and the order is placed", async ({ page }) => {
  await signIn(page, CUSTOMER);
  const { id } = await seededService(page);
  await page.getByRole("link", { name: `Order ${SEEDED} (ID ${id})` }).click();
  await expect(page).toHaveURL(new RegExp(`/user/orders/create\\?service=${id}$`));
  await waitForHydration(page, "#serviceId");
  await expect(page.getByRole("combobox", { name: "Service" })).toHaveValue(`${id} · ${SEEDED}`);

  await page.getByLabel("Link", { exact: true }).fill(`https://instagram.com/e2e_ordering_${Date.now()}`);
  await page.getByLabel("Quantity", { exact: true }).fill("100");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.locator('[data-notice="success"]')).toContainText(/Order #\d+ placed/);
});

test("a bad quantity is marked on the field itself, in words, and nothing is placed", async ({ page }) => {
  await signIn(page, CUSTOMER);
  const { id, min } = await seededService(page);
  await openHydrated(page, `/user/orders/create?service=${id}`, "#serviceId");
  await page.getByLabel("Link", { exact: true }).fill("https://instagram.com/e2e_bad_quantity");
  const quantity = page.getByLabel("Quantity", { exact: true });
  await quantity.fill(String(min - 1));
  await page.getByRole("button", { name: "Place order" }).click();

  await expect(quantity).toHaveAttribute("aria-invalid", "true");
  await expect(quantity).toHaveAccessibleDescription(new RegExp(`^Enter a whole number from ${min} to [\\d,]+$`));
  await expect(quantity).toBeFocused();
  await expect(page.locator('[data-notice="error"]')).toHaveCount(0);
  await expect(page.locator('[data-notice="success"]')).toHaveCount(0);
  await expect(page.getByText(/quantity:/i)).toHaveCount(0); // no raw field name anywhere

  await quantity.fill("abc");
  await expect(quantity).toHaveAccessibleDescription(new RegExp(`^Enter a whole number from ${min} to`));
  await quantity.fill(String(min));
  await expect(quantity).not.toHaveAttribute("aria-invalid", "true");
});

test("a mass order shows each line's price or error and the total before anything is placed", async ({ page }) => {
  await signIn(page, CUSTOMER);
  const { id, min } = await seededService(page);
  await openHydrated(page, "/user/orders/mass", "main form");
  const stamp = Date.now();
  await page
    .getByLabel(/^Orders, one per line/)
    .fill(
      [
        `${id} | https://instagram.com/e2e_mass_${stamp} | ${min * 10}`,
        `${id} | https://instagram.com/e2e_mass_${stamp}_b | ${min - 1}`,
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Check lines and prices" }).click();

  const preview = page.getByTestId("mass-preview");
  await expect(preview.locator('tr[data-line="1"]')).toContainText(SEEDED);
  await expect(preview.locator('tr[data-line="2"]')).toContainText(`must be between ${min} and`);
  await expect(preview).toContainText("1 line can be placed");
  const confirm = preview.getByRole("button", { name: /^Place 1 order for ৳/ });
  await expect(confirm).toContainText((await page.getByTestId("mass-total").textContent())!);

  // Editing the lines withdraws the preview: what is placed is always what was checked.
  await page.getByLabel(/^Orders, one per line/).press("End");
  await page.getByLabel(/^Orders, one per line/).pressSequentially(" ");
  await expect(preview).toHaveCount(0);
  await page.getByRole("button", { name: "Check lines and prices" }).click();
  await page
    .getByTestId("mass-preview")
    .getByRole("button", { name: /^Place 1 order for/ })
    .click();
  await expect(page.getByTestId("mass-report")).toContainText("1 order placed");
});
