import type { Page } from "@playwright/test";
import { findLatinDigits, findLeaks, visibleTexts } from "./english-leaks";
import { CUSTOMER, expect, signIn, test, waitForHydration } from "./helpers";
import { CUSTOMER_PAGES } from "./page-lists";
import { CUSTOMER_DETAILS, detailPages } from "./page-walk";

// A customer who reads Bengali meets no English sentence and no raw message key on the pages they use.

// Every customer page, /api included (protocol words inside its Bengali sentences are <code>).
const PUBLIC_PAGES = [
  "/",
  "/services",
  "/login",
  "/register",
  "/forgot-password",
  "/verify-email",
  "/terms",
  "/privacy",
  "/refund-policy",
  "/faq",
];

async function switchToBengali(page: Page) {
  await waitForHydration(page, "select");
  await page.locator("select").first().selectOption("bn");
  await expect(page.locator("html")).toHaveAttribute("lang", "bn");
}

async function leaksOn(page: Page, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator("h1").first(), path).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expect(page.locator("html"), path).toHaveAttribute("lang", "bn");
    // Bengali was chosen: English words and Latin digits are both leaks.
    const leaks = new Set((await visibleTexts(page)).flatMap((text) => [...findLeaks(text), ...findLatinDigits(text)]));
    found.push(...[...leaks].map((leak) => `${path}: ${leak}`));
  }
  return found;
}

test("the detector finds raw keys and English, and lets names, codes and addresses through", () => {
  expect(findLeaks("orders.form.title")).toEqual(["orders.form.title"]);
  expect(findLeaks("MISSING_MESSAGE: Could not resolve")).toContain("MISSING_MESSAGE");
  expect(findLeaks("অর্ডার Place order করুন")).toEqual(["Place order"]);
  expect(findLeaks("Status")).toEqual(["Status"]);
  expect(findLeaks("৳৫,০০০ BDT · USD · bKash, Nagad বা SSLCommerz · API কী · TrxID")).toEqual([]);
  expect(findLeaks("customer@demo.test https://instagram.com/some_user demo.test")).toEqual([]);
  expect(findLatinDigits("অর্ডার #১২৩ · ৳১,২৫০.৫০ · ৬ ডিসে, ২০২৬")).toEqual([]);
  expect(findLatinDigits("অর্ডার #123 · ৳1,250.50")).toEqual(["#123", "৳1,250.50"]);
  expect(findLatinDigits("https://instagram.com/user_2026 e2e-1@example.test SMM API v2")).toEqual([]);
});

test("the customer's pages read in Bengali", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, CUSTOMER);
  await switchToBengali(page);
  try {
    expect(await leaksOn(page, [...CUSTOMER_PAGES, ...(await detailPages(page, CUSTOMER_DETAILS))])).toEqual([]);
  } finally {
    // The demo customer is shared with the other browser tests, which read the English copy.
    await page.goto("/user/settings");
    await waitForHydration(page, "header select");
    await page.locator("header select").selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  }
});

test("the public pages read in Bengali", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/login");
  await switchToBengali(page);
  expect(await leaksOn(page, PUBLIC_PAGES)).toEqual([]);
});
