import type { Page } from "@playwright/test";
import { expect } from "./helpers";

// Opening each page the way a person would, for the checks that walk every page (layout, accessibility).

/** Opens a page and waits until it has settled (its heading drawn, its requests done). */
export async function openSettled(page: Page, path: string): Promise<void> {
  const answer = await page.goto(path);
  expect(answer?.status(), path).toBeLessThan(400);
  await expect(page.locator("h1").first(), path).toBeVisible();
  await page.waitForLoadState("networkidle");
}

/**
 * The detail pages behind the first row of some lists (an order, a user, a payment…), found by
 * following the list's first link of that shape, so the walk covers them without fixed ids.
 */
export async function detailPages(page: Page, lists: { list: string; link: RegExp }[]): Promise<string[]> {
  const found: string[] = [];
  for (const { list, link } of lists) {
    await openSettled(page, list);
    const hrefs = await page.locator("main a[href]").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
    const href = hrefs.find((candidate) => link.test(candidate));
    if (href) found.push(href);
  }
  return found;
}

export const CUSTOMER_DETAILS = [
  { list: "/user/orders", link: /^\/user\/orders\/\d+$/ },
  { list: "/user/payments", link: /^\/user\/payments\/[^/?]+$/ },
  { list: "/user/complaints", link: /^\/user\/complaints\/[^/?]+$/ },
];

export const ADMIN_DETAILS = [
  { list: "/admin/orders", link: /^\/admin\/orders\/\d+$/ },
  { list: "/admin/users", link: /^\/admin\/users\/[^/?]+$/ },
  { list: "/admin/payments", link: /^\/admin\/payments\/[^/?]+$/ },
  { list: "/admin/providers", link: /^\/admin\/providers\/[^/?]+$/ },
  { list: "/admin/complaints", link: /^\/admin\/complaints\/[^/?]+$/ },
  { list: "/admin/catalog/services", link: /^\/admin\/catalog\/services\/\d+$/ },
];

/** Pages anyone can open signed out. */
export const PUBLIC_PAGES = [
  "/",
  "/services",
  "/login",
  "/register",
  "/forgot-password",
  "/verify-email",
  "/api",
  "/terms",
  "/privacy",
  "/refund-policy",
  "/faq",
];
