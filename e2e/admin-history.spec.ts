import type { Locator } from "@playwright/test";
import { ADMIN, CUSTOMER, expect, signIn, test } from "./helpers";
import { addDemoService } from "./order-steps";

// The admin's order timeline and audit log speak in sentences; the raw record (event kinds, action
// codes, JSON payloads) stays folded in a Details box until asked for.
const DEMO_URL = `http://localhost:${process.env.E2E_PORT || 3100}/api/demo-provider/v2`;
/** A code such as forward_attempt or order.manual_create, or a JSON object (e-mail addresses are left out first). */
const RAW = /\b[a-z]+(?:[._][a-z]+)+\b|\{\s*"/;
const EMAIL = /\S+@\S+/g;

test("an order's timeline and the filtered audit log show readable sentences, with the raw record folded away", async ({ page: admin }) => {
  test.setTimeout(120_000);
  await signIn(admin, ADMIN);
  const { serviceId } = await addDemoService(admin, `${DEMO_URL}?durationMs=600000`, "1");
  const created = await admin.request.post("/api/admin/orders/manual", {
    data: { userId: CUSTOMER.email, serviceId: Number(serviceId), link: `https://instagram.com/history_${Date.now()}`, quantity: 100 },
  });
  expect(created.status()).toBe(201);
  const { orderId } = ((await created.json()) as { data: { orderId: number } }).data;

  // The order page: who created it, in words, with the amount; no event code or JSON in sight.
  await admin.goto(`/admin/orders/${orderId}`);
  const timeline = admin.getByTestId("order-timeline");
  await expect(timeline).toContainText(`Admin ${ADMIN.email} created the order manually, charging ৳`);
  await expectFolded(timeline);
  await timeline.locator("details summary").last().click();
  await expect(timeline.locator("pre").last()).toContainText('"kind": "created"');

  // The audit log filtered to that action by that admin today: one entry, in words, linked to the order.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Dhaka" }).format(new Date());
  const filters = new URLSearchParams({
    actor: ADMIN.email,
    action: "order.manual_create",
    objectType: "order",
    objectId: String(orderId),
    from: today,
    to: today,
  });
  await admin.goto(`/admin/audit?${filters}`);
  const entries = admin.getByTestId("audit-entry");
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Created a manual order");
  await expect(entries.first()).toContainText(`By ${ADMIN.email}`);
  await expect(entries.first().getByRole("link", { name: `Order #${orderId}` })).toHaveAttribute("href", `/admin/orders/${orderId}`);
  await expect(admin.getByLabel("Action", { exact: true })).toHaveValue("order.manual_create");
  await expectFolded(admin.getByRole("list", { name: "Audit entries" }));
});

test("an impossible date or a reversed range in the audit log's URL is told on its field, not a server error", async ({ page: admin }) => {
  await signIn(admin, ADMIN);
  const impossible = await admin.goto("/admin/audit?from=2026-02-30");
  expect(impossible?.status()).toBe(200);
  await expect(admin.locator('[data-field-error="from"]')).toHaveText("must be a real date such as 2024-05-31");
  await admin.goto("/admin/audit?from=2026-03-05&to=2026-03-01");
  await expect(admin.locator('[data-field-error="to"]')).toHaveText("must not be before the start date");
  await expect(admin.getByLabel("To", { exact: true })).toHaveAttribute("aria-invalid", "true");
});

/** What a person sees (innerText leaves out closed <details>) holds no raw code or JSON; every Details box is closed. */
async function expectFolded(region: Locator): Promise<void> {
  await expect(region).toBeVisible();
  const seen = await region.evaluate((element) => (element as HTMLElement).innerText);
  expect(seen.replace(EMAIL, "")).not.toMatch(RAW);
  for (const details of await region.locator("details").all()) await expect(details).not.toHaveAttribute("open");
  await expect(region.locator("pre").first()).toBeHidden();
}
