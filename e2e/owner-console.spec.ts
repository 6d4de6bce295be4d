import { ADMIN, expect, signIn, SUPPORT, test } from "./helpers";

// The owner's console as an owner uses it: the dashboard for a range, switched to another; its charts
// and profit; waiting work followed to its list; a phone's width without sideways scrolling; the
// reports and their CSV; and what support staff may not see.

const overflow = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("an admin reads the dashboard, switches the range and follows waiting work to its list", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const picker = page.getByTestId("range-picker");
  await expect(picker.getByRole("link", { name: "7 days" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByTestId("figure-profit")).toContainText(/Profit.*৳/);
  await expect(page.getByTestId("figure-revenue")).toContainText("৳");

  await picker.getByRole("link", { name: "30 days" }).click();
  await expect(page).toHaveURL(/\/admin\?range=30d$/);
  await expect(picker.getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "true");
  for (const chart of [/^Revenue and profit per day/, /^Orders per day/]) {
    const image = page.getByRole("img", { name: chart });
    await expect(image).toBeVisible();
    await expect(image.locator("svg.recharts-surface").first()).toBeVisible();
  }
  // The chart's figures as a table, for screen readers and for reading exact amounts.
  await page.getByText("Show the figures as a table").first().click();
  await expect(page.locator("details[open] table tbody tr")).toHaveCount(30);
  await expect(page.getByTestId("orders-by-status").getByRole("link")).toHaveCount(8);

  // An impossible custom range is refused on its field; the page keeps working on the default range.
  await page.getByLabel("From", { exact: true }).fill("2026-03-10");
  await page.getByLabel("To", { exact: true }).fill("2026-03-01");
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "To: must not be before the start date" })).toBeVisible();
  await expect(page.getByLabel("To", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin?range=month");
  await expect(page.getByTestId("dashboard-figures")).toBeVisible();
  await expect(
    page
      .getByRole("img", { name: /^Orders per day/ })
      .locator("svg.recharts-surface")
      .first(),
  ).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  await page
    .getByTestId("waiting-work-panel")
    .getByRole("link", { name: /Uncertain orders/ })
    .click();
  await expect(page).toHaveURL(/\/admin\/orders\?status=UNCERTAIN$/);
});

test("an admin reads profit per customer, sorted, and downloads it", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/reports?range=30d");
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await page.getByRole("link", { name: "By customer" }).click();
  await expect(page).toHaveURL(/by=customer/);
  await page.getByRole("link", { name: "Sort by Profit" }).click();
  await expect(page).toHaveURL(/sort=profit&dir=desc/);
  const href = await page.getByTestId("report-export").getAttribute("href");
  expect(href).toMatch(/^\/api\/admin\/reports\/export\?by=customer&range=30d&.*sort=profit&dir=desc$/);
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n")[0]).toBe(
    "key,name,detail,orders,charged_bdt,refunded_bdt,revenue_bdt,provider_cost_bdt,profit_bdt,margin_percent",
  );
  const refused = await page.request.get("/api/admin/reports/export?range=custom&from=2026-02-30&to=2026-03-01");
  expect(refused.status()).toBe(422);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^from: /);
});

test("support staff see orders and customers on the dashboard, never money", async ({ page }) => {
  await signIn(page, SUPPORT);
  await page.goto("/admin");
  await expect(page.getByTestId("figure-orders")).toBeVisible();
  await expect(page.getByTestId("figure-new")).toBeVisible();
  for (const money of ["figure-revenue", "figure-profit", "figure-cost", "figure-deposits", "top-services", "provider-balances"])
    await expect(page.getByTestId(money)).toHaveCount(0);
  await expect(page.getByRole("img", { name: /^Revenue and profit per day/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Reports" })).toHaveCount(0);
  await page.goto("/admin/reports");
  await expect(page).toHaveURL(/\/forbidden\?need=reports\.read$/);
  await expect(page.getByTestId("forbidden-reason")).toHaveText("Your role (Support) cannot open reports. Ask an admin.");
  expect((await page.request.get("/api/admin/reports/export")).status()).toBe(403);
});
