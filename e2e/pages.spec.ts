import { ADMIN, CUSTOMER, expect, signIn, SUPPORT, test } from "./helpers";
import { CUSTOMER_PAGES } from "./page-lists";

// Every page a person can open from the navigation renders for the role it is meant for: an answer
// below 400 and no error screen. Catches a page that breaks on render (a bad query, a missing
// message key) before anyone clicks through it.

const ADMIN_PAGES = [
  "/admin",
  "/admin?range=custom&from=2026-01-01&to=2026-01-31",
  "/admin/reports",
  "/admin/reports?by=customer&range=month&sort=margin&dir=asc",
  "/admin/users",
  "/admin/orders",
  "/admin/orders/manual",
  "/admin/orders/sync",
  "/admin/orders/requests",
  "/admin/providers",
  "/admin/catalog/services",
  "/admin/catalog/categories",
  "/admin/catalog/changes",
  "/admin/payments",
  "/admin/payments/settings",
  "/admin/complaints",
  "/admin/complaints/categories",
  "/admin/settings",
  "/admin/audit",
  "/admin/mailbox",
  // The lists the waiting-work badges open.
  "/admin/orders?status=FORWARD_FAILED&since=2026-01-01T00%3A00%3A00.000Z",
  "/admin/payments?status=SUBMITTED&method=MANUAL",
  "/admin/complaints?status=ACTIVE&assignee=none",
  "/admin/providers?balance=low",
];
const SUPPORT_PAGES = ["/admin", "/admin/complaints", "/admin/orders", "/admin/users"];

async function visitAll(page: import("@playwright/test").Page, paths: string[]) {
  // Every page must pass its own Content-Security-Policy: a blocked script or style is recorded here.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  for (const path of paths) {
    const answer = await page.goto(path);
    expect(answer?.status(), path).toBeLessThan(400);
    expect(answer?.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    await expect(page.locator("h1").first(), path).toBeVisible();
    await expect(page.getByText(/Application error|Something went wrong|Internal Server Error/i), path).toHaveCount(0);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
  }
}

test("every customer page renders for a customer", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, CUSTOMER);
  await visitAll(page, CUSTOMER_PAGES);
});

test("every admin page renders for an admin", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN);
  await visitAll(page, ADMIN_PAGES);
});

test("support staff reach the pages their role allows", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, SUPPORT);
  await visitAll(page, SUPPORT_PAGES);
});
