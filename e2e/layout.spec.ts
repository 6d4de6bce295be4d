import type { Page } from "@playwright/test";
import { ADMIN, CUSTOMER, expect, signIn, SUPPORT, test, type Account } from "./helpers";
import { ADMIN_PAGES, CUSTOMER_PAGES, SUPPORT_PAGES } from "./page-lists";
import { ADMIN_DETAILS, CUSTOMER_DETAILS, detailPages, openSettled, PUBLIC_PAGES } from "./page-walk";

// Every page, signed in as its role, on a phone (390 × 844) and a laptop (1366 × 768): the page
// never scrolls sideways, and each table's key columns (the row's name and its status or actions)
// are on screen without scrolling the table.

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];

/** What is wrong with the page's layout at this size, as readable lines (empty when nothing is). */
async function layoutProblems(page: Page, path: string): Promise<string[]> {
  await openSettled(page, path);
  return page.evaluate(
    (where) => {
      const problems: string[] = [];
      const width = window.innerWidth;
      const scrollWidth = document.documentElement.scrollWidth;
      if (scrollWidth > width) {
        // Name the widest element that sticks out, so the failure says where to look.
        // The widest element that sticks out and is not inside a box that scrolls or clips it.
        const clipped = (element: Element) => {
          for (let parent = element.parentElement; parent; parent = parent.parentElement)
            if (getComputedStyle(parent).overflowX !== "visible") return true;
          return false;
        };
        const culprit = [...document.querySelectorAll<HTMLElement>("body *")]
          .filter((element) => element.getBoundingClientRect().right > width + 1 && element.checkVisibility() && !clipped(element))
          .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0];
        const name = culprit
          ? `${culprit.tagName.toLowerCase()}${culprit.getAttribute("data-testid") ? `[data-testid=${culprit.getAttribute("data-testid")}]` : ""} "${(culprit.textContent ?? "").trim().slice(0, 40)}"`
          : "?";
        problems.push(`${where}: the page is ${scrollWidth} px wide at ${width} px (${name})`);
      }
      for (const table of document.querySelectorAll("table")) {
        const firstRow = table.querySelector("tbody tr");
        if (!firstRow || !table.checkVisibility()) continue;
        let box: HTMLElement | null = table.parentElement;
        while (box && getComputedStyle(box).overflowX === "visible") box = box.parentElement;
        const frame = box ? box.getBoundingClientRect() : { left: 0, right: width };
        for (const cell of firstRow.querySelectorAll<HTMLElement>("[data-key-column]")) {
          const rect = cell.getBoundingClientRect();
          const label = `${table.getAttribute("data-testid") ?? "table"} ${cell.getAttribute("data-label") ?? cell.textContent?.trim().slice(0, 20)}`;
          if (!cell.checkVisibility()) problems.push(`${where}: key column hidden (${label})`);
          else if (rect.left < Math.max(frame.left, 0) - 1 || rect.right > Math.min(frame.right, width) + 1)
            problems.push(`${where}: key column out of view (${label}: ${Math.round(rect.left)}–${Math.round(rect.right)} px)`);
        }
      }
      return problems;
    },
    `${path} @${await page.evaluate(() => window.innerWidth)}px`,
  );
}

async function walk(page: Page, account: Account | null, paths: string[], details: { list: string; link: RegExp }[] = []) {
  if (account) await signIn(page, account);
  const all = [...paths, ...(await detailPages(page, details))];
  const problems: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const path of all) problems.push(...(await layoutProblems(page, path)));
  }
  expect(problems).toEqual([]);
}

test("the customer's pages fit a phone and a laptop", async ({ page }) => {
  test.setTimeout(240_000);
  await walk(page, CUSTOMER, CUSTOMER_PAGES, CUSTOMER_DETAILS);
});

test("the admin's pages fit a phone and a laptop", async ({ page }) => {
  test.setTimeout(300_000);
  await walk(page, ADMIN, ADMIN_PAGES, ADMIN_DETAILS);
});

test("support staff's pages fit a phone and a laptop", async ({ page }) => {
  test.setTimeout(120_000);
  await walk(page, SUPPORT, SUPPORT_PAGES);
});

test("the public pages fit a phone and a laptop", async ({ page }) => {
  test.setTimeout(60_000);
  await walk(
    page,
    null,
    PUBLIC_PAGES.filter((path) => path !== "/api"),
  );
});
