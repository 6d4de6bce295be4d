import {
  ADMIN,
  expect,
  messages,
  newCustomer,
  openHydrated,
  register,
  signIn,
  signOut,
  submitSignIn,
  test,
  waitForHydration,
} from "./helpers";

test("a customer resets a forgotten password with the link from the dev mailbox", async ({
  page: customerPage,
  otherPage: admin,
  baseURL,
}) => {
  const customer = newCustomer("reset");
  const newPassword = `new-${customer.password}`;
  await register(customerPage, customer);
  await signOut(customerPage);

  // The customer asks for a link from the sign-in page.
  await customerPage.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(customerPage).toHaveURL(/\/forgot-password$/);
  await waitForHydration(customerPage);
  await customerPage.getByLabel("E-mail", { exact: true }).fill(customer.email);
  await customerPage.getByRole("button", { name: "Send reset link" }).click();
  await expect(customerPage.locator('[data-notice="success"]')).toBeVisible();

  // The admin reads it in the dev mailbox.
  await signIn(admin, ADMIN);
  await admin.goto("/admin/mailbox");
  // The sign-up's confirmation mail went to the same address first.
  const mail = admin.getByTestId("mail-message").filter({ hasText: customer.email }).filter({ hasText: "reset-password?token=" });
  await expect(mail).toHaveCount(1);
  const text = (await mail.textContent()) ?? "";
  const link = text.match(/http:\/\/localhost:\d+\/reset-password\?token=[\w-]+/)?.[0];
  expect(link, `reset link in the mail to ${customer.email}:\n${text}`).toBeTruthy();
  expect(new URL(link!).origin).toBe(new URL(baseURL!).origin);

  // The customer follows it and sets a new password.
  await openHydrated(customerPage, link!);
  await customerPage.getByLabel("New password", { exact: true }).fill(newPassword);
  await customerPage.getByRole("button", { name: "Set new password" }).click();
  await expect(customerPage).toHaveURL(/\/login\?reset=1$/);
  await expect(customerPage.locator('[data-notice="success"]')).toBeVisible();

  // The new password works...
  await signIn(customerPage, { email: customer.email, password: newPassword });
  await expect(customerPage).toHaveURL(/\/user\/dashboard$/);
  await expect(customerPage.getByTestId("signed-in-as")).toHaveText(customer.email);
  await signOut(customerPage);

  // ...the old one does not...
  await submitSignIn(customerPage, customer);
  await expect(customerPage.locator('[data-notice="error"]')).toHaveText(messages.en.errors.invalid_credentials);
  await expect(customerPage).toHaveURL(/\/login/);

  // ...and the link works only once.
  await openHydrated(customerPage, link!);
  await customerPage.getByLabel("New password", { exact: true }).fill(`again-${newPassword}`);
  await customerPage.getByRole("button", { name: "Set new password" }).click();
  await expect(customerPage.locator('[data-notice="error"]')).toHaveText(messages.en.errors.invalid_token);
  await expect(customerPage).toHaveURL(/\/reset-password\?token=/);

  await signIn(customerPage, { email: customer.email, password: newPassword });
  await expect(customerPage).toHaveURL(/\/user\/dashboard$/);
});
