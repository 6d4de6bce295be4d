import type { Page } from "@playwright/test";
import { expect, freshCode, waitForHydration } from "./helpers";

/**
 * On /user/settings/security, signed in without a second factor: turns it on with the key shown as
 * text and a code computed from it, checks the 10 recovery codes and saves them. Returns the key.
 */
export async function enrolSecondFactor(page: Page, email: string): Promise<string> {
  await waitForHydration(page, "main button");
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code to add this account to an authenticator app" })).toBeVisible();
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("6-digit code", { exact: true }).fill(await freshCode(secret, email));
  await page.getByRole("button", { name: "Confirm and turn on" }).click();

  const codes = page.locator("[data-recovery-code]");
  await expect(codes).toHaveCount(10);
  for (const code of await codes.allTextContents()) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
  await page.getByRole("button", { name: "I have saved my codes" }).click();
  await expect(page.getByTestId("recovery-codes-left")).toContainText("10 unused recovery codes left.");
  return secret;
}
