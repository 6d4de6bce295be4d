import type { Page } from "@playwright/test";
import sharp from "sharp";
import { ADMIN, expect, newCustomer, openHydrated, register, signIn, signOut, test } from "./helpers";

// Issue 16: the owner's brand replaces "SMM Panel" everywhere it appears. Other specs look for the
// default name, so this one puts the defaults back whatever happens.

const DEFAULT = { name: "SMM Panel", color: "#1d4ed8" };

/** Fills the brand form's identity fields and saves, waiting for the toast. */
async function saveIdentity(page: Page, values: { name: string; color: string }) {
  await openHydrated(page, "/admin/settings/brand");
  await page.getByLabel("Panel name", { exact: true }).fill(values.name);
  await page.getByLabel("Brand colour", { exact: true }).fill(values.color);
  await page.getByRole("button", { name: "Save brand" }).click();
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Brand saved" }).first()).toBeVisible();
}

test.afterEach(async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "10.250.0.16" } });
  const page = await context.newPage();
  await signIn(page, ADMIN);
  for (const image of ["logo", "favicon"]) await page.request.delete(`/api/admin/brand/${image}`, { headers: { origin: baseURL! } });
  await saveIdentity(page, DEFAULT);
  await context.close();
});

test("an admin renames the panel and uploads a logo: headers, page titles and e-mails show them", async ({
  page: admin,
  otherPage: customerPage,
}) => {
  test.setTimeout(150_000);
  const name = `Boost ${Date.now().toString(36)}`;
  await signIn(admin, ADMIN);
  await saveIdentity(admin, { name, color: "#0f766e" });
  // The admin header names the panel at once (no logo yet: the name itself).
  await expect(admin.getByRole("banner").getByRole("link", { name: `${name} · Admin` })).toBeVisible();

  // A 600 × 150 PNG made here; the panel keeps it at most 384 × 96.
  const logo = await sharp({ create: { width: 600, height: 150, channels: 4, background: "#0f766e" } })
    .png()
    .toBuffer();
  await admin
    .getByTestId("brand-logo")
    .locator('input[type="file"]')
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
  await expect(admin.locator("[data-sonner-toast]").filter({ hasText: "Logo updated." })).toBeVisible();
  const headerLogo = admin.getByRole("banner").getByRole("img", { name });
  await expect(headerLogo).toBeVisible();
  const src = (await headerLogo.getAttribute("src"))!;
  expect(src).toMatch(/^\/brand\/logo\?v=[0-9a-f]+$/);
  const served = await admin.request.get(src);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const kept = await sharp(await served.body()).metadata();
  expect([kept.format, kept.width, kept.height]).toEqual(["png", 384, 96]);

  // A text file named like a picture is refused on the field.
  await admin
    .getByTestId("brand-logo")
    .locator('input[type="file"]')
    .setInputFiles({ name: "sneaky.png", mimeType: "image/png", buffer: Buffer.from("just text, not an image\n".repeat(20)) });
  await expect(admin.getByTestId("brand-logo").getByRole("alert")).toHaveText("is not a PNG, JPEG or WebP image");

  // A customer sees the new name and logo in the header, in page titles and in the brand colour.
  const customer = newCustomer("brand");
  await register(customerPage, customer);
  await customerPage.goto("/user/dashboard");
  await expect(customerPage.getByRole("banner").getByRole("link", { name, exact: true })).toBeVisible();
  await expect(customerPage.getByRole("banner").getByRole("img", { name })).toBeVisible();
  await expect(customerPage).toHaveTitle(new RegExp(` · ${name}$`));
  expect(await customerPage.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--brand").trim())).toBe("#0f766e");
  await customerPage.goto("/api");
  await expect(customerPage.getByRole("heading", { level: 1 })).toHaveText(`${name} API v2 documentation`);
  await expect(customerPage.getByTestId("api-endpoint")).toHaveText(/^http:\/\/localhost:\d+\/api\/v2$/);

  // An e-mail: the password reset names the panel in its body and as its sender.
  await customerPage.goto("/user/dashboard");
  await signOut(customerPage);
  await openHydrated(customerPage, "/forgot-password");
  await expect(customerPage.getByRole("img", { name })).toBeVisible(); // the sign-in pages' header too
  await customerPage.getByLabel("E-mail", { exact: true }).fill(customer.email);
  await customerPage.getByRole("button", { name: "Send reset link" }).click();
  await expect(customerPage.locator('[data-notice="success"]')).toBeVisible();
  await admin.goto(`/admin/mailbox?to=${encodeURIComponent(customer.email)}`);
  // The sign-up's confirmation mail went to the same address first.
  const mail = admin.getByTestId("mail-message").filter({ hasText: customer.email }).filter({ hasText: "reset-password?token=" });
  await expect(mail).toHaveCount(1);
  await expect(mail.getByTestId("mail-from")).toHaveText(`"${name}" <no-reply@localhost>`);
  await expect(mail).toContainText(`reset the password of your ${name} account`);
  await expect(mail).toContainText(`— ${name}`);
});
