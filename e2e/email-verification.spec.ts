import { ADMIN, expect, newCustomer, openHydrated, register, signIn, test } from "./helpers";

test("a new customer confirms their e-mail with the link from the dev mailbox, once", async ({ page: customerPage, otherPage: admin }) => {
  const customer = newCustomer("verify");
  await register(customerPage, customer);
  const banner = customerPage.locator("[data-verification-banner]");
  await expect(banner).toContainText(`we sent a link to ${customer.email}`);

  // The admin reads the confirmation mail in the dev mailbox.
  await signIn(admin, ADMIN);
  await admin.goto(`/admin/mailbox?to=${encodeURIComponent(customer.email)}`);
  const mail = admin.getByTestId("mail-message").filter({ hasText: "verify-email?token=" });
  await expect(mail).toHaveCount(1);
  const link = ((await mail.textContent()) ?? "").match(/http:\/\/localhost:\d+\/verify-email\?token=[\w-]+/)?.[0];
  expect(link, "confirmation link in the mail").toBeTruthy();

  // Opening the link spends nothing; the button does.
  await openHydrated(customerPage, link!);
  await customerPage.getByRole("button", { name: "Confirm my e-mail address" }).click();
  await expect(customerPage.locator('[data-notice="success"]')).toHaveText("Your e-mail address is confirmed. Thank you.");
  await customerPage.getByRole("link", { name: "Go to your dashboard" }).click();
  await expect(customerPage).toHaveURL(/\/user\/dashboard$/);
  await expect(banner).toHaveCount(0);

  // The same link again: already confirmed, no button.
  await customerPage.goto(link!);
  await expect(customerPage.locator('[data-notice="success"]')).toHaveText("Your e-mail address is already confirmed.");
  await expect(customerPage.getByRole("button", { name: "Confirm my e-mail address" })).toHaveCount(0);
});

test("an unconfirmed customer asks for a new link from the banner", async ({ page }) => {
  const customer = newCustomer("resend");
  await register(page, customer);
  await page.locator("[data-verification-banner]").getByRole("button", { name: "Send a new link" }).click();
  await expect(page.locator("[data-verification-banner]")).toContainText("A new link is on its way. Older links no longer work.");
});
