import type { Page } from "@playwright/test";
import { ADMIN, expect, newCustomer, openHydrated, signIn, test } from "./helpers";

// Issue 16: the storefront's written pages. An admin's Markdown reaches visitors sanitised: HTML in it
// is shown as text and never becomes an element (the CSP would also stop an inline script, so the
// proof is that no element was made at all, not only that nothing ran).

const PAGES = { "/terms": "terms", "/privacy": "privacy", "/refund-policy": "refund", "/faq": "faq" } as const;

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

async function saveEditor(admin: Page) {
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.getByText(/^Saved\. Visitors now see the new/)).toBeVisible();
}

test("Markdown with a <script> renders inert: the visitor reads the text and no element is made of it", async ({
  page: admin,
  otherPage: visitor,
}) => {
  test.setTimeout(90_000);
  const marker = `Inert check ${Date.now()}`;
  const markdown = [
    `${marker}: see the [refund policy](/refund-policy) and [our partner](https://example.com/partner).`,
    "<script>window.__pwned = true</script>",
    '<img src=x onerror="window.__pwned=true">',
    '[tap me](javascript:window.__pwned=true) and <iframe src="https://example.com"></iframe>',
    "| Service | Refill |\n| --- | --- |\n| Followers | 30 days |",
  ].join("\n\n");

  // Should a step fail with the editor unsaved, leaving it (to restore the text) must not stop at "Leave site?".
  admin.on("dialog", (dialog) => void dialog.accept());
  await signIn(admin, ADMIN);
  await openHydrated(admin, "/admin/content", "main");
  await admin.getByRole("link", { name: "Edit Terms of service" }).click();
  await expect(admin).toHaveURL(/\/admin\/content\/terms$/);
  await openHydrated(admin, "/admin/content/terms", "main form");
  try {
    await admin.getByRole("textbox", { name: "Text (Markdown)" }).fill(markdown);
    // The live preview is the same renderer: the HTML shows as text there too.
    const preview = admin.getByTestId("preview-en");
    await expect(preview).toContainText(marker);
    await expect(preview).toContainText("<script>window.__pwned = true</script>");
    await expect(preview.locator("script, img, iframe, a[href^='javascript']")).toHaveCount(0);
    await saveEditor(admin);
    expect(await pwned(admin)).toBeUndefined();

    const answer = await visitor.goto("/terms");
    expect(answer?.status()).toBe(200);
    const content = visitor.getByTestId("content-body");
    await expect(visitor.getByRole("heading", { level: 1, name: "Terms of service" })).toBeVisible();
    await expect(content).toContainText(marker);
    await expect(content).toContainText("<script>window.__pwned = true</script>");
    await expect(content).toContainText('<img src=x onerror="window.__pwned=true">');
    await expect(content.locator("script, img, iframe, [onerror], a[href^='javascript']")).toHaveCount(0);
    await expect(content.getByText("tap me")).toBeVisible();
    // Links stay links: inside the site as they are, outside apart and unendorsed; the table is a table.
    await expect(content.getByRole("link", { name: "refund policy" })).toHaveAttribute("href", "/refund-policy");
    await expect(content.getByRole("link", { name: "our partner" })).toHaveAttribute("rel", "noopener nofollow ugc");
    await expect(content.getByRole("cell", { name: "30 days" })).toBeVisible();
    await expect(visitor.getByText(/^Last updated /)).toBeVisible();
    expect(await pwned(visitor)).toBeUndefined();
    // No Markdown code is shipped: the page's HTML already holds the text.
    expect(await (await visitor.request.get("/terms")).text()).toContain(marker);
  } finally {
    // Put the built-in text back for the other tests (and the next run).
    await openHydrated(admin, "/admin/content/terms", "main form");
    await admin.getByRole("button", { name: "Fill in the built-in text" }).click();
    await saveEditor(admin);
  }
  await visitor.goto("/terms");
  await expect(visitor.getByTestId("content-body")).toContainText("By creating an account or placing an order on this panel");
  await expect(visitor.getByTestId("content-body")).not.toContainText(marker);
});

test("the editor names a wrong field on its tab and saves nothing", async ({ page: admin }) => {
  await signIn(admin, ADMIN);
  await openHydrated(admin, "/admin/content/privacy", "main form");
  await admin.getByRole("tab", { name: "Bengali" }).click();
  await admin.getByRole("textbox", { name: "Title" }).fill("");
  await admin.getByRole("tab", { name: "English" }).click();
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  // The Bengali tab, where the empty title is, comes to the front with the field marked.
  await expect(admin.getByRole("tab", { name: /Bengali/ })).toHaveAttribute("aria-selected", "true");
  await expect(admin.getByRole("textbox", { name: "Title" })).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByText("is required")).toBeVisible();
});

test("the footer of the landing page links to the four pages, and each opens", async ({ page }) => {
  await page.goto("/");
  const footer = page.locator("footer");
  for (const path of Object.keys(PAGES)) await expect(footer.locator(`a[href="${path}"]`).first(), path).toBeVisible();
  for (const path of Object.keys(PAGES)) {
    const answer = await page.goto(path);
    expect(answer?.status(), path).toBe(200);
    await expect(page.locator("h1"), path).toHaveCount(1);
    await expect(page.getByTestId("content-body"), path).toBeVisible();
  }
  // The FAQ's questions open one by one.
  await page.goto("/faq");
  const refill = page.locator("details", { has: page.getByRole("heading", { name: "What is refill?" }) });
  await refill.getByRole("heading", { name: "What is refill?" }).click();
  await expect(refill.getByText(/tops the count back up/)).toBeVisible();
});

test("signing up needs the Terms of service ticked; the box links to them", async ({ page }) => {
  const customer = newCustomer("terms");
  await openHydrated(page, "/register");
  await page.getByLabel("Full name", { exact: true }).fill(customer.fullName);
  await page.getByLabel("E-mail", { exact: true }).fill(customer.email);
  await page.getByLabel("Password", { exact: true }).fill(customer.password);
  const terms = page.getByRole("link", { name: "Terms of service" });
  await expect(terms).toHaveAttribute("href", "/terms");
  await expect(terms).toHaveAttribute("target", "_blank");
  await page.getByRole("button", { name: "Create account" }).click();
  const box = page.getByRole("checkbox", { name: "I agree to the Terms of service" });
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("tick the box to agree to the Terms of service")).toBeVisible();
  await expect(page).toHaveURL(/\/register$/);

  await box.check();
  await expect(page.getByText("tick the box to agree to the Terms of service")).toHaveCount(0);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/user\/dashboard$/);
});
