import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ADMIN, CUSTOMER, expect, signIn, SUPPORT, test, type Account } from "./helpers";
import { ADMIN_PAGES, CUSTOMER_PAGES, SUPPORT_PAGES } from "./page-lists";
import { ADMIN_DETAILS, CUSTOMER_DETAILS, detailPages, openSettled, PUBLIC_PAGES } from "./page-walk";

// axe-core on every page, signed in as its role: no critical or serious violation of WCAG 2.1 A/AA
// (names for controls, labels for fields, contrast, landmarks, valid ARIA).

const SEVERE = new Set(["critical", "serious"]);

async function violations(page: Page, path: string): Promise<string[]> {
  await openSettled(page, path);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((violation) => SEVERE.has(violation.impact ?? ""))
    .map(
      (violation) =>
        `${path}: ${violation.id} (${violation.impact}) at ${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    );
}

async function audit(page: Page, account: Account | null, paths: string[], details: { list: string; link: RegExp }[] = []) {
  if (account) await signIn(page, account);
  const found: string[] = [];
  for (const path of [...paths, ...(await detailPages(page, details))]) found.push(...(await violations(page, path)));
  expect(found).toEqual([]);
}

test("the customer's pages have no serious accessibility faults", async ({ page }) => {
  test.setTimeout(240_000);
  await audit(page, CUSTOMER, CUSTOMER_PAGES, CUSTOMER_DETAILS);
});

test("the admin's pages have no serious accessibility faults", async ({ page }) => {
  test.setTimeout(300_000);
  await audit(page, ADMIN, ADMIN_PAGES, ADMIN_DETAILS);
});

test("support staff's pages have no serious accessibility faults", async ({ page }) => {
  test.setTimeout(120_000);
  await audit(page, SUPPORT, SUPPORT_PAGES);
});

test("the public pages have no serious accessibility faults", async ({ page }) => {
  test.setTimeout(60_000);
  await audit(page, null, PUBLIC_PAGES);
});
