import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { test as base, expect, type Cookie, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

/** `totpSecret`: the account signs in with a second factor (base32 key, as an authenticator app holds it). */
export type Account = { email: string; password: string; totpSecret?: string };
export type Customer = Account & { fullName: string };

/** The demo staff's two-factor key: DEMO_TOTP_SECRET in scripts/db/seed-data.ts (published in the README). */
export const DEMO_TOTP_SECRET = "DEMOADMINTOTPSECRETLOCALONLY2345";

/** Seeded by scripts/db/seed-data.ts on every e2e server start (the customer with ৳5,000). */
export const ADMIN: Account = { email: "admin@demo.test", password: "demo-admin-pass", totpSecret: DEMO_TOTP_SECRET };
export const SUPPORT: Account = { email: "support@demo.test", password: "demo-support-pass", totpSecret: DEMO_TOTP_SECRET };
export const CUSTOMER: Account = { email: "customer@demo.test", password: "demo-customer-pass" };

type Messages = {
  nav: Record<string, string>;
  shell: Record<string, string>;
  errors: Record<string, string>;
  auth: Record<string, string>;
};
const readMessages = (locale: "en" | "bn"): Messages =>
  JSON.parse(readFileSync(new URL(`../lib/i18n/messages/${locale}.json`, import.meta.url), "utf8")) as Messages;

/** The UI texts, so tests follow the copy in lib/i18n/messages. */
export const messages = { en: readMessages("en"), bn: readMessages("bn") };

/** A customer nobody else uses: a unique e-mail per call. */
export function newCustomer(label: string): Customer {
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  return { fullName: `E2E ${label}`, email: `e2e-${label}-${unique}@example.test`, password: `pw-${unique}` };
}

/**
 * Opens a page and waits until React has hydrated `selector` (React puts its fiber on the element):
 * typed text before hydration would be wiped by react-hook-form, and a click would submit natively.
 */
export async function openHydrated(page: Page, path: string, selector = "form"): Promise<void> {
  await page.goto(path);
  await waitForHydration(page, selector);
}

export async function waitForHydration(page: Page, selector = "form"): Promise<void> {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css);
    return Boolean(element && Object.keys(element).some((key) => key.startsWith("__reactFiber")));
  }, selector);
}

/** Registers through /register; the app signs the new customer in and opens the dashboard. */
export async function register(page: Page, customer: Customer): Promise<void> {
  await openHydrated(page, "/register");
  await page.getByLabel("Full name", { exact: true }).fill(customer.fullName);
  await page.getByLabel("E-mail", { exact: true }).fill(customer.email);
  await page.getByLabel("Password", { exact: true }).fill(customer.password);
  await page.getByRole("checkbox", { name: "I agree to the Terms of service" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expectArrival(page, /^\/user\/dashboard$/, `registering ${customer.email}`);
}

/** Fills and sends the sign-in form, wherever that leads. */
export async function submitSignIn(page: Page, account: Account): Promise<void> {
  await openHydrated(page, "/login");
  await page.getByLabel("E-mail", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/**
 * Signs in and waits until the app has left /login (a customer lands on /user/dashboard, staff on /admin/…).
 * An account with a second factor answers the code step with a code computed from its key. A code is
 * taken once, and the suite signs in as the demo admin some 30 times, so after the first full sign-in
 * its session cookie is kept here and later calls put it in the page's browser and open /admin; when
 * that session no longer works (signed out, acting as a customer) they sign in in full again.
 */
export async function signIn(page: Page, account: Account): Promise<void> {
  if (account.totpSecret && (await reuseStaffSession(page, account))) return;
  await submitSignIn(page, account);
  if (account.totpSecret) await submitCode(page, account.totpSecret, account.email);
  await expectArrival(page, /^\/(?!login)/, `signing in as ${account.email}`);
  if (account.totpSecret) {
    const cookies = await page.context().cookies();
    staffSessions.set(
      account.email,
      cookies.filter((cookie) => SESSION_COOKIES.includes(cookie.name)),
    );
  }
}

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
/** Signed-in staff sessions of this worker (workers: 1), by e-mail. */
const staffSessions = new Map<string, Cookie[]>();
/** The last time step whose code this worker sent, by account: the server takes each step once. */
const usedSteps = new Map<string, number>();

async function reuseStaffSession(page: Page, account: Account): Promise<boolean> {
  const cookies = staffSessions.get(account.email);
  if (!cookies?.length) return false;
  await page.context().addCookies(cookies);
  await page.goto("/admin");
  if (/^\/admin(\/|$)/.test(new URL(page.url()).pathname)) return true;
  staffSessions.delete(account.email);
  for (const name of SESSION_COOKIES) await page.context().clearCookies({ name });
  return false;
}

/**
 * The code an authenticator app shows now for `secret`, never one of a time step already sent for
 * `key` (the server refuses a step twice): if this step's code was used, waits for the next step.
 */
export async function freshCode(secret: string, key: string): Promise<string> {
  const step = () => Math.floor(Date.now() / 30_000);
  const used = usedSteps.get(key);
  if (used !== undefined && step() <= used) await new Promise((resolve) => setTimeout(resolve, (used + 1) * 30_000 - Date.now() + 250));
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 });
  const now = Date.now();
  usedSteps.set(key, Math.floor(now / 30_000));
  return totp.generate({ timestamp: now });
}

/** The sign-in form's second step: waits for the code field, types a fresh code, sends it. */
export async function submitCode(page: Page, secret: string, key: string): Promise<void> {
  const field = page.getByLabel(messages.en.auth.codeLabel, { exact: true });
  await expect(field, "the sign-in form should ask for the two-factor code").toBeVisible();
  await field.fill(await freshCode(secret, key));
  await page.getByRole("button", { name: messages.en.auth.verifyCode, exact: true }).click();
}

/**
 * Waits until the page's path matches `path`. While the form shows an error notice instead, that
 * text is what a failure reports (e.g. "Too many attempts…"), not just the URL it stayed on.
 */
async function expectArrival(page: Page, path: RegExp, what: string): Promise<void> {
  const notice = page.locator('[data-notice="error"]');
  await expect
    .poll(async () => ((await notice.isVisible()) ? `error notice: ${await notice.textContent()}` : new URL(page.url()).pathname), {
      message: `${what} should reach ${path}`,
    })
    .toMatch(path);
}

/** The header's "Sign out" button, in either language. */
export async function signOut(page: Page): Promise<void> {
  const label = new RegExp(`^(${messages.en.shell.signOut}|${messages.bn.shell.signOut})$`);
  await page.getByRole("button", { name: label }).click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * A client address of its own for each browser context (scripts/e2e-server.ts trusts X-Forwarded-For
 * from loopback, as from a proxy). Sign-ins, registrations included, are throttled per IP (30 in 15 minutes): from a single
 * address a run would use that up after about two passes, and the next test would fail for it.
 */
function clientAddress(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

/**
 * `page` plus `otherPage`: a second browser context (another person at another computer, or the same
 * person on a fresh device). It has no cookies until it is used, and is closed after the test.
 */
export const test = base.extend<{ otherPage: Page }>({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
    await use({ ...extraHTTPHeaders, "x-forwarded-for": clientAddress() });
  },
  otherPage: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": clientAddress() } });
    await use(await context.newPage());
    await context.close();
  },
});

export { expect };
