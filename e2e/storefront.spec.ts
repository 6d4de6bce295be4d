import { ADMIN, CUSTOMER, expect, newCustomer, signIn, test, waitForHydration } from "./helpers";
import { addDemoService } from "./order-steps";

const DEMO_URL = `http://localhost:${process.env.E2E_PORT || 3100}/api/demo-provider/v2`;
const FOLLOWERS = "1"; // demo service 1: Instagram Followers

test("a visitor sees the live catalogue and its prices on / and /services, searches it, and Order leads to sign-up", async ({
  page: admin,
  otherPage: visitor,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(admin, ADMIN);
  const { serviceId } = await addDemoService(admin, `${DEMO_URL}?durationMs=2000&outcome=completed`, FOLLOWERS);

  // What a signed-in customer pays for it: the visitor must see the same list price.
  const customerContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const customer = await customerContext.newPage();
  await signIn(customer, CUSTOMER);
  await customer.goto(`/user/services?q=${serviceId}`);
  const price = (await customer.locator(`[data-service-id="${serviceId}"] [data-testid="service-price"]`).innerText()).trim();
  await customerContext.close();
  expect(price).toMatch(/^৳[\d,]+\.\d{2,4}$/);

  // The landing page, signed out: the platform from the live catalogue with a starting price per 1,000.
  await visitor.goto("/");
  await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
  const instagram = visitor.getByTestId("platform-offer").filter({ hasText: "Instagram" });
  await expect(instagram).toBeVisible();
  await expect(instagram.getByTestId("platform-price")).toContainText(/from ৳[\d,.]+ per 1,000/);
  await expect(visitor.getByRole("link", { name: "Terms of service" })).toHaveAttribute("href", "/terms");

  // The public catalogue: search by the service's id, the same price, badges, then Order.
  await visitor.getByRole("link", { name: "See services and prices" }).click();
  await expect(visitor).toHaveURL(/\/services$/);
  await waitForHydration(visitor, "form[role=search]");
  await visitor.getByLabel("Search by name or ID").fill(serviceId);
  await visitor.getByRole("button", { name: "Show" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/services\\?.*q=${serviceId}`));
  const row = visitor.locator(`[data-service-id="${serviceId}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId("service-price")).toHaveText(price);
  await expect(row.getByText("Refill", { exact: false }).first()).toBeVisible();
  await row.getByRole("link", { name: /^Order/ }).click();
  await expect(visitor).toHaveURL(/\/register\?callbackUrl=/);
  await expect(visitor.getByRole("heading", { name: "Create your account" })).toBeVisible();

  // Signing up leads on to the order form with that service already chosen.
  const customerToBe = newCustomer("storefront");
  await waitForHydration(visitor);
  await visitor.getByLabel("Full name", { exact: true }).fill(customerToBe.fullName);
  await visitor.getByLabel("E-mail", { exact: true }).fill(customerToBe.email);
  await visitor.getByLabel("Password", { exact: true }).fill(customerToBe.password);
  await visitor.getByRole("checkbox", { name: "I agree to the Terms of service" }).check();
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/user/orders/create\\?service=${serviceId}$`));
  await expect(visitor.getByRole("combobox", { name: "Service" })).toHaveValue(new RegExp(serviceId));
});

test("a signed-out /user/services link opens the public catalogue; robots.txt and the sitemap list the storefront", async ({
  page,
  request,
}) => {
  await page.goto("/user/services?q=likes");
  await expect(page).toHaveURL(/\/services\?q=likes$/);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toMatch(/Sitemap: http.+\/sitemap\.xml/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of ["/services", "/terms", "/faq"]) expect(sitemap).toContain(`${path}</loc>`);
  expect(sitemap).toContain('hreflang="bn"');

  // ?lang=bn opens the Bengali page (the hreflang alternate), and the page says so.
  await page.goto("/services?lang=bn");
  await expect(page.locator("html")).toHaveAttribute("lang", "bn");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("সার্ভিস ও দাম");
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((link) => `${link.getAttribute("hreflang")} ${new URL(link.getAttribute("href")!).search}`));
  expect(alternates).toEqual(expect.arrayContaining(["en ", "bn ?lang=bn"]));
});
