import type { Page } from "@playwright/test";
import { ADMIN, expect, newCustomer, openHydrated, register, signIn, test } from "./helpers";
import { creditUser, openUserPage } from "./admin-steps";
import { addDemoService, syncOrder } from "./order-steps";

// Issue 19: a customer orders a subscription (demo service 24) and a drip-feed (demo service 3) and
// watches the runs, the posts and the provider's child orders appear. The demo provider runs on its own
// clock (lib/demo-provider/schedule.ts): nothing for the first 10 % of durationMs, then equal slots, one
// per run or post; the status cron runs every 5 minutes, so the test asks for syncs as an admin would.
const DEMO_URL = `http://localhost:${process.env.E2E_PORT || 3100}/api/demo-provider/v2`;
const DURATION = "durationMs=20000&outcome=completed"; // 5 runs: one every 3.6 s; 3 posts: one every 6 s

/** The order id from the "Order #… placed" notice after pressing Place order. */
async function place(customer: Page): Promise<number> {
  await customer.getByRole("button", { name: "Place order" }).click();
  const placed = customer.locator('[data-notice="success"]');
  await expect(placed).toContainText(/Order #\d+ placed/);
  return Number(/Order #(\d+)/.exec((await placed.textContent()) ?? "")![1]);
}

/** Syncs both orders (a finished one answers 409, which syncOrder accepts). */
async function syncBoth(admin: Page, ids: number[]) {
  for (const id of ids) await syncOrder(admin, id);
}

test("a customer orders a subscription and a drip-feed and watches the runs and child orders appear", async ({
  page: admin,
  otherPage: customer,
}) => {
  test.setTimeout(120_000);
  const person = newCustomer("subscriptions");
  await register(customer, person);

  await signIn(admin, ADMIN);
  const subscriptionService = await addDemoService(admin, `${DEMO_URL}?${DURATION}`, "24");
  const dripService = await addDemoService(admin, `${DEMO_URL}?${DURATION}`, "3");
  await creditUser(admin, await openUserPage(admin, person.email), "100", "Funds for the subscriptions test");

  // A subscription: a username instead of a link, min and max per post, 3 new posts (paid 3 × 100 now).
  await openHydrated(customer, `/user/orders/create?service=${subscriptionService.serviceId}`);
  await customer.getByLabel("Account username", { exact: true }).fill(`e2e_${Date.now()}`);
  await customer.getByLabel("Minimum per post", { exact: true }).fill("50");
  await customer.getByLabel("Maximum per post", { exact: true }).fill("100");
  await customer.getByLabel("New posts", { exact: true }).fill("3");
  await expect(customer.getByText("3 posts × 100 maximum = 300 paid for now", { exact: false })).toBeVisible();
  const subscriptionId = await place(customer);

  // A drip-feed: 100 per run, 5 runs.
  await openHydrated(customer, `/user/orders/create?service=${dripService.serviceId}`);
  await customer.getByLabel("Link", { exact: true }).fill(`https://instagram.com/p/e2e${Date.now()}`);
  await customer.getByLabel("Quantity", { exact: true }).fill("100");
  await customer.getByRole("checkbox", { name: /^Drip-feed/ }).check();
  await customer.getByLabel("Number of runs", { exact: true }).fill("5");
  await customer.getByLabel("Minutes between runs", { exact: true }).fill("1");
  await expect(customer.getByText("5 runs × 100 per run = 500 in total", { exact: false })).toBeVisible();
  const dripId = await place(customer);
  const ids = [subscriptionId, dripId];

  // The drip-feed's page: its child orders appear one per run while it runs.
  await customer.goto(`/user/orders/${dripId}`);
  await expect(customer.getByTestId("order-children")).toBeVisible();
  await expect
    .poll(
      async () => {
        await syncBoth(admin, ids);
        await customer.reload();
        return customer.getByTestId("order-child").count();
      },
      { timeout: 30_000, intervals: [3_000] },
    )
    .toBeGreaterThanOrEqual(2);
  await expect(customer.getByTestId(`order-runs-${dripId}`)).toHaveText(/^Run [2-5] of 5$/);

  // The orders list (live, no reload): runs climb to 5 of 5, posts to 3 of 3, and both end. A
  // subscription whose posts got less than the max ends PARTIAL (the rest refunded), else COMPLETED.
  await customer.goto("/user/orders");
  const runs = customer.getByTestId(`order-runs-${dripId}`);
  const posts = customer.getByTestId(`order-posts-${subscriptionId}`);
  const seenRuns = new Set<string>();
  await expect
    .poll(
      async () => {
        await syncBoth(admin, ids);
        const runText = (await runs.textContent()) ?? "";
        seenRuns.add(runText);
        const dripStatus = await customer.getByTestId(`order-status-${dripId}`).getAttribute("data-status");
        const subscription = await customer.getByTestId(`order-subscription-${subscriptionId}`).getAttribute("data-status");
        const subscriptionOrder = await customer.getByTestId(`order-status-${subscriptionId}`).getAttribute("data-status");
        const ended = /^(COMPLETED|PARTIAL)$/.test(subscriptionOrder ?? "") ? "ended" : subscriptionOrder;
        return `${runText} | ${dripStatus} | ${(await posts.textContent()) ?? ""} | ${subscription} | ${ended}`;
      },
      { timeout: 50_000, intervals: [3_000] },
    )
    .toBe("Run 5 of 5 | COMPLETED | Posts 3 of 3 | COMPLETED | ended");
  expect(seenRuns.size).toBeGreaterThan(1); // watched climbing, not only the end

  // The subscription's page: 3 child orders, each completed, and the subscription's own status.
  await customer.goto(`/user/orders/${subscriptionId}`);
  await expect(customer.getByTestId(`order-posts-${subscriptionId}`)).toHaveText("Posts 3 of 3");
  await expect(customer.getByTestId(`order-subscription-${subscriptionId}`)).toHaveText("Completed");
  const postChildren = customer.getByTestId("order-child");
  await expect(postChildren).toHaveCount(3);
  for (const row of await postChildren.all()) await expect(row).toHaveAttribute("data-status", "COMPLETED");

  // The drip-feed's page: 5 child orders, one per run, all completed.
  await customer.goto(`/user/orders/${dripId}`);
  await expect(customer.getByTestId(`order-runs-${dripId}`)).toHaveText("Run 5 of 5");
  const runChildren = customer.getByTestId("order-child");
  await expect(runChildren).toHaveCount(5);
  for (const row of await runChildren.all()) await expect(row).toHaveAttribute("data-status", "COMPLETED");
});
