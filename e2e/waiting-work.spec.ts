import { ADMIN, CUSTOMER, expect, signIn, test, waitForHydration } from "./helpers";

// The owner's console badges: a customer's new case shows up as "waiting" beside Complaints in the
// admin nav without a reload (the badges poll every 30 s), and the badge opens exactly those cases.
test("an admin sees a waiting-work badge appear and following it lands on the filtered list", async ({
  page: admin,
  otherPage: customer,
}) => {
  test.setTimeout(120_000);
  const title = `Nobody took this ${Date.now()}`;

  await signIn(admin, ADMIN);
  await admin.goto("/admin/orders");
  await waitForHydration(admin, "nav a");
  const before = ((await (await admin.request.get("/api/admin/waiting-work")).json()) as { data: { counts: Record<string, number> } }).data
    .counts.unassignedCases;
  const badge = admin.locator('[data-testid="waiting-unassignedCases"]:visible');
  if (before > 0) await expect(badge).toHaveText(String(before));
  else await expect(badge).toHaveCount(0);

  await signIn(customer, CUSTOMER);
  await customer.goto("/user/complaints/new");
  await waitForHydration(customer);
  await customer.getByLabel("Category", { exact: true }).selectOption({ label: "Order problem" });
  await customer.getByLabel("Title", { exact: true }).fill(title);
  await customer.getByLabel("Describe the problem").fill("Waiting for a person to pick this up.");
  await customer.getByRole("button", { name: "Send case" }).click();
  await expect(customer).toHaveURL(/\/user\/complaints\/\d+$/);

  // No reload: the badge's poll (30 s, or on focus) brings the new count.
  await admin.evaluate(() => Object.assign(window, { __sameDocument: true }));
  await expect(badge).toHaveText(String(before + 1), { timeout: 45_000 });
  await expect(badge).toHaveAttribute("aria-label", `${before + 1} waiting: Open cases nobody has taken`);
  expect(await admin.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  await badge.click();
  await expect(admin).toHaveURL(/\/admin\/complaints\?status=ACTIVE&assignee=none$/);
  await expect(admin.getByRole("link", { name: new RegExp(title) })).toBeVisible();
});

test("the orders list offers its filtered rows as CSV", async ({ page: admin }) => {
  await signIn(admin, ADMIN);
  await admin.goto("/admin/orders?status=COMPLETED");
  const link = admin.getByTestId("orders-export");
  await expect(link).toHaveAttribute("href", "/api/admin/orders/export?status=COMPLETED");
  const res = await admin.request.get("/api/admin/orders/export?status=COMPLETED");
  expect(res.status()).toBe(200);
  expect((await res.text()).split("\r\n")[0]).toBe(
    "id,created_at,user_email,service_id,service_name,provider,provider_order_id,link,quantity,status,charge_bdt,refunded_bdt,provider_charge,provider_currency,remains",
  );
});
