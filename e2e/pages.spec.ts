import { ADMIN, CUSTOMER, expect, signIn, SUPPORT, test } from "./helpers";
import { ADMIN_PAGES, CUSTOMER_PAGES, SUPPORT_PAGES } from "./page-lists";

// Every page a person can open from the navigation renders for the role it is meant for: an answer
// below 400 and no error screen. Catches a page that breaks on render (a bad query, a missing
// message key) before anyone clicks through it.

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
