import type { Page } from "@playwright/test";
import { ADMIN, CUSTOMER, expect, newCustomer, register, signIn, signOut, test, waitForHydration, type Customer } from "./helpers";

// Issue 16: an announcement reaches the dashboard and the bell of every customer once. The in-process
// job runner sends its notices right after it is published; the admin's list says when all went out.

const BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯";
const bengaliDigits = (text: string) => text.replace(/\d/g, (digit) => BENGALI_DIGITS[Number(digit)]);

/** The customer's dashboard shows it once, marked important, and the bell and the notices page hold exactly one notice of it. */
async function expectReached(page: Page, title: string, body: string) {
  await page.goto("/user/dashboard");
  const card = page.locator("#announcements");
  const item = card.getByTestId("announcement").filter({ hasText: title });
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute("data-important", "true");
  await expect(item).toContainText(body);

  await expect(page.getByTestId("unread-count")).toHaveText(/^[1১]$/);
  await waitForHydration(page, '[data-testid="notification-bell"]');
  await page.getByTestId("notification-bell").click();
  const inBell = page.getByTestId("notice").filter({ hasText: title });
  await expect(inBell).toHaveCount(1);
  await inBell.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(/\/user\/dashboard#announcement-\d+$/);
  await expect(page.getByTestId("unread-count")).toHaveCount(0);

  await page.goto("/user/notifications");
  await expect(page.getByTestId("notice").filter({ hasText: title })).toHaveCount(1);
}

test("an admin posts an announcement; each customer sees it on the dashboard and gets exactly one notice, in their language", async ({
  page: admin,
  otherPage: customer,
}) => {
  test.setTimeout(150_000);
  const unique = `${Date.now()}`.slice(-6);
  const texts = {
    titleEn: `Eid schedule ${unique}`,
    titleBn: `ঈদের সময়সূচি ${bengaliDigits(unique)}`,
    bodyEn: "Support answers from 10 am.\nOrders keep running.",
    bodyBn: "সাপোর্ট সকাল ১০টা থেকে উত্তর দেবে।\nঅর্ডার চলতে থাকবে।",
  };
  const customers: Customer[] = [newCustomer("announce-a"), newCustomer("announce-b")];
  for (const one of customers) {
    await register(customer, one);
    await signOut(customer);
  }

  // The admin writes it in both languages, marks it important, and confirms the notice to every customer.
  await signIn(admin, ADMIN);
  await admin.goto("/admin/announcements");
  await waitForHydration(admin, 'form[aria-label="New announcement"]');
  await admin.getByLabel("Title in English").fill(texts.titleEn);
  await admin.getByLabel("Title in Bengali").fill(texts.titleBn);
  await admin.getByLabel("Text in English").fill(texts.bodyEn);
  await admin.getByLabel("Text in Bengali").fill(texts.bodyBn);
  await admin.getByLabel(/^Important/).check();
  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  const dialog = admin.getByTestId("confirm-dialog");
  await expect(dialog).toContainText(/This sends a notice to [\d,]+ customers\./);
  await expect(dialog.getByTestId("confirm-title")).toHaveText(texts.titleEn);
  await dialog.getByRole("button", { name: "Publish and send notices" }).click();
  await expect(admin.getByText("Announcement published; its notices are on their way.")).toBeVisible();
  await expect(admin.getByLabel("Title in English")).toHaveValue("");

  // Sent once to all: "N of N" in its row (the fan-out runs in the background of the request).
  const row = admin.getByTestId("announcements-table").locator("tr", { hasText: texts.titleEn });
  await expect
    .poll(
      async () => {
        await admin.reload();
        return row.getByTestId("announcement-notices").textContent();
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toMatch(/^([\d,]+) of \1$/);

  // The seeded demo customer has it too; marking it read leaves their bell as the other browser tests expect it.
  await signIn(customer, CUSTOMER);
  await customer.goto("/user/notifications");
  const demoNotice = customer.getByTestId("notice").filter({ hasText: texts.titleEn });
  await expect(demoNotice).toHaveCount(1);
  await waitForHydration(customer, '[data-testid="notice"] button');
  await demoNotice.getByRole("button", { name: "Mark read" }).click();
  await expect(demoNotice).toHaveAttribute("data-read", "true");
  await signOut(customer);

  // The first customer reads English; the second switches to Bengali and reads the Bengali texts.
  await signIn(customer, customers[0]);
  await expectReached(customer, texts.titleEn, "Orders keep running.");
  await signOut(customer);

  await signIn(customer, customers[1]);
  await waitForHydration(customer, "header select");
  await customer.locator("header select").selectOption("bn");
  await expect(customer.locator("html")).toHaveAttribute("lang", "bn");
  await expectReached(customer, texts.titleBn, "অর্ডার চলতে থাকবে।");
});
