import { CUSTOMER, expect, messages, signIn, test } from "./helpers";

// What a production deployment must show on every answer: security headers, a branded 404 in the
// reader's language, and signed-in API answers that nothing may cache.

type PageMessages = { pages: Record<string, string> };
const pages = (locale: "en" | "bn") => (messages[locale] as unknown as PageMessages).pages;

test("pages carry a nonce CSP that their scripts use, HSTS, Permissions-Policy and no framing", async ({ page }) => {
  const answer = await page.goto("/login");
  const headers = answer!.headers();
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Next put this request's nonce on the scripts it rendered; another request gets another nonce.
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  const again = await page.request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce!);
});

test("an unknown address is a branded 404 in the reader's language", async ({ page, context }) => {
  const answer = await page.goto("/no-such-page");
  expect(answer?.status()).toBe(404);
  await expect(page.getByTestId("not-found-title")).toHaveText(pages("en").notFoundTitle);
  await context.addCookies([{ name: "panel_locale", value: "bn", url: page.url() }]);
  await page.goto("/no-such-page");
  await expect(page.getByTestId("not-found-title")).toHaveText(pages("bn").notFoundTitle);
});

test("a signed-in API answer may not be cached", async ({ page }) => {
  await signIn(page, CUSTOMER);
  const answer = await page.request.get("/api/notifications");
  expect(answer.status()).toBe(200);
  expect(answer.headers()["cache-control"]).toContain("no-store");
});
