import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { ADMIN, expect, newCustomer, openHydrated, register, signIn, test } from "./helpers";
import { addManualService, creditUser, openUserPage } from "./admin-steps";
import { placeOrder } from "./order-steps";

// Issue 18: affiliates. A visitor opens a customer's referral link and signs up; the referrer sees the
// visit and the sign-up, and once staff complete the new customer's order, the commission on it.

/** A third person at another computer (the admin), with an address of their own for the sign-in throttle. */
async function adminPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const [a, b, c] = randomBytes(3);
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `10.${a}.${b}.${c}` } });
  return context.newPage();
}

test("a referred visitor signs up; the referrer sees the sign-up and, after the order completes, the commission", async ({
  page: referrerPage,
  otherPage: visitorPage,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const referrer = newCustomer("referrer");
  const visitor = newCustomer("referred");
  await register(referrerPage, referrer);

  // The referrer's page makes their link; nobody has come through it yet.
  await referrerPage.goto("/user/affiliates");
  const link = (await referrerPage.getByTestId("referral-link").textContent())!.trim();
  expect(link).toMatch(/\/r\/[0-9a-z]{8}$/);
  await expect(referrerPage.getByTestId("affiliate-visits").locator("dd")).toHaveText("0");
  await expect(referrerPage.getByTestId("affiliate-signUps").locator("dd")).toHaveText("0");

  // The visitor opens the link (on this server, whatever host APP_URL names), lands on sign-up and registers.
  await visitorPage.goto(new URL(link).pathname);
  await expect(visitorPage).toHaveURL(/\/register$/);
  await register(visitorPage, visitor);

  await referrerPage.reload();
  await expect(referrerPage.getByTestId("affiliate-visits").locator("dd")).toHaveText("1");
  await expect(referrerPage.getByTestId("affiliate-signUps").locator("dd")).toHaveText("1");

  // Staff: a manual service, money for the new customer, and the referrer's own 10 % (so the figure is known).
  const admin = await adminPage(browser, baseURL);
  await signIn(admin, ADMIN);
  const serviceId = await addManualService(admin, `E2E affiliate ${Date.now()}`);
  const visitorId = await openUserPage(admin, visitor.email);
  await expect(admin.getByText(`Referred by: ${referrer.email}`)).toBeVisible();
  await creditUser(admin, visitorId, "100", "Funds for the affiliate test");
  await openUserPage(admin, referrer.email);
  const percentForm = admin.getByTestId("affiliate-percent-form");
  await percentForm.getByLabel("Own percent (blank: the panel's)").fill("10");
  await percentForm.getByRole("button", { name: "Save percent" }).click();
  await expect(admin.getByTestId("affiliate-percent-now")).toContainText("This customer earns 10 % on their referrals.");

  // The referred customer orders 100 at ৳50 per 1,000 (৳5.00); nothing is earned while it is open.
  const orderId = await placeOrder(visitorPage, serviceId, 100);
  await referrerPage.reload();
  await expect(referrerPage.getByText(`#${orderId}`, { exact: true })).toHaveCount(0);

  // Staff complete it from the manual queue, confirming in the dialog.
  await openHydrated(admin, "/admin/orders/queue", '[data-testid="manual-queue"]');
  const row = admin.locator(`[data-order-id="${orderId}"]`);
  await row.getByRole("button", { name: "Start (in progress)" }).click();
  const start = admin.getByRole("dialog", { name: `Set order #${orderId} to “In progress”?` });
  await start.getByRole("button", { name: "Start (in progress)" }).click();
  await expect(start).toBeHidden();
  await row.getByRole("button", { name: "Mark completed" }).click();
  const complete = admin.getByRole("dialog", { name: `Mark order #${orderId} completed?` });
  await complete.getByRole("button", { name: "Mark completed" }).click();
  await expect(complete).toBeHidden();

  // The referrer now sees the commission: 10 % of ৳5.00, once, on that order.
  await referrerPage.reload();
  const commission = referrerPage.getByTestId("affiliate-commissions").locator("tr", { hasText: `#${orderId}` });
  await expect(commission).toContainText("৳5.00");
  await expect(commission).toContainText("৳0.50");
  await expect(referrerPage.getByTestId("affiliate-earned")).toContainText("৳0.50");
  await expect(referrerPage.getByTestId("affiliate-available")).toContainText("৳0.50");
  await admin.context().close();
});
