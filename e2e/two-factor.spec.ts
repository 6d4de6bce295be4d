import {
  ADMIN,
  expect,
  freshCode,
  messages,
  newCustomer,
  register,
  signIn,
  signOut,
  submitSignIn,
  test,
  waitForHydration,
} from "./helpers";
import { enrolSecondFactor } from "./two-factor-steps";

// Issue 18, two-factor sign-in: a customer an admin makes support staff is sent to set it up before
// anything else, enrols with the key shown as text and a code from it, gets 10 recovery codes, reaches
// the admin; then signs in again with password and code (a wrong code is refused in words).
test("staff enrol two-factor sign-in and sign in with a code", async ({ page: admin, otherPage: staff }) => {
  // Each sign-in with a code may wait for the next 30-second step: the step of the enrolment is spent.
  test.setTimeout(150_000);
  const person = newCustomer("two-factor");
  await register(staff, person);
  await signOut(staff);

  await signIn(admin, ADMIN);
  await admin.goto(`/admin/users?q=${encodeURIComponent(person.email)}`);
  await admin.getByRole("link", { name: person.email, exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/users\/[^/?]+$/);
  await waitForHydration(admin, "main select");
  await admin.getByRole("combobox", { name: /^Role/ }).selectOption("SUPPORT");
  await expect(admin.getByTestId("user-two-factor")).toContainText("Required for this role.");
  await expect(admin.getByRole("combobox", { name: /^Role/ })).toHaveValue("SUPPORT");

  // The password alone signs them in, onto the security page; the admin stays closed until they enrol.
  await submitSignIn(staff, person);
  await expect(staff).toHaveURL(/\/user\/settings\/security$/);
  await expect(staff.locator('[data-notice="error"]')).toContainText("Your role requires two-factor sign-in");
  await staff.goto("/admin");
  await expect(staff).toHaveURL(/\/user\/settings\/security$/);

  const secret = await enrolSecondFactor(staff, person.email);
  // The session that enrolled passed the second factor: the admin opens at once.
  await staff.goto("/admin");
  await expect(staff).toHaveURL(/\/admin$/);

  await signOut(staff);
  await submitSignIn(staff, person);
  const codeField = staff.getByLabel(messages.en.auth.codeLabel, { exact: true });
  await expect(codeField).toBeVisible();
  const right = await freshCode(secret, person.email);
  await codeField.fill(right === "000000" ? "111111" : "000000");
  await staff.getByRole("button", { name: messages.en.auth.verifyCode, exact: true }).click();
  await expect(staff.locator('[data-notice="error"]')).toHaveText(messages.en.errors.two_factor_code_invalid);
  await expect(staff).toHaveURL(/\/login/);

  await codeField.fill(right);
  await staff.getByRole("button", { name: messages.en.auth.verifyCode, exact: true }).click();
  await expect(staff).toHaveURL(/\/admin$/);
});
