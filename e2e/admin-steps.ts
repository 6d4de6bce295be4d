import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, openHydrated } from "./helpers";

/** As admin: opens a user's admin page through the users list and returns their id. */
export async function openUserPage(admin: Page, email: string): Promise<string> {
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: email, exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/users\/[^/?]+$/);
  return new URL(admin.url()).pathname.split("/").pop()!;
}

/** As admin: credits a user's balance through the admin API (the same call the adjust form makes). */
export async function creditUser(admin: Page, userId: string, amount: string, reason: string): Promise<void> {
  const credit = await admin.request.post(`/api/admin/users/${userId}/adjust-balance`, {
    data: { adjustmentId: randomUUID(), direction: "credit", amount, reason },
  });
  expect(credit.status(), await credit.text()).toBe(200);
}

/** As admin: a category of its own (so the service is orderable whatever the seed holds) and a manual service in it at ৳50 per 1,000. */
export async function addManualService(admin: Page, name: string): Promise<string> {
  await openHydrated(admin, "/admin/catalog/categories", 'form[aria-label="Add category"]');
  await admin.locator("#category-new-name").fill(name);
  await admin.getByRole("button", { name: "Add category" }).click();
  await expect(admin.getByText("Category added.")).toBeVisible();
  await openHydrated(admin, "/admin/catalog/services/new", 'form[aria-label="New manual service"]');
  await admin.getByLabel("Name", { exact: true }).fill(name);
  await admin.getByLabel("Category", { exact: true }).selectOption({ label: name });
  await admin.getByLabel("Rate (৳ per 1,000)", { exact: true }).fill("50");
  await admin.getByLabel("Minimum", { exact: true }).fill("10");
  await admin.getByLabel("Maximum", { exact: true }).fill("1000");
  await admin.getByRole("button", { name: "Create service" }).click();
  await expect(admin).toHaveURL(/\/admin\/catalog\/services\/\d+$/);
  return new URL(admin.url()).pathname.split("/").pop()!;
}
