import { CUSTOMER, expect, newCustomer, register, signIn, signOut, test } from "./helpers";

test("sign-out ends the session on the server: a copy of the cookie no longer opens the account", async ({ page, otherPage }) => {
  const customer = newCustomer("copied-cookie");
  await register(page, customer);
  const copied = await page.context().cookies();
  expect(copied.some((cookie) => cookie.name === "panel-known-device")).toBe(true);

  await otherPage.context().addCookies(copied);
  await otherPage.goto("/user/dashboard");
  await expect(otherPage.getByTestId("signed-in-as")).toHaveText(customer.email);

  await signOut(page);
  await otherPage.goto("/user/dashboard");
  await expect(otherPage).toHaveURL(/\/login/);
});

test("password forms post, and a password in the sign-in URL signs nobody in", async ({ page, request }) => {
  for (const path of ["/login", "/register", "/forgot-password", "/reset-password?token=abc"]) {
    const html = await (await request.get(path)).text();
    const forms = html.match(/<form\b[^>]*>/g) ?? [];
    expect(forms.length, path).toBeGreaterThan(0);
    for (const form of forms) expect(form, path).toMatch(/method="post"/);
  }

  const query = new URLSearchParams({ email: CUSTOMER.email, password: CUSTOMER.password });
  await page.goto(`/login?${query}`);
  expect((await page.context().cookies()).some((cookie) => cookie.name.includes("session-token"))).toBe(false);
  await page.goto("/user/dashboard");
  await expect(page).toHaveURL(/\/login/);
});

test("state changes from another origin are refused with 403: a route handler and a server action", async ({ page, baseURL }) => {
  await signIn(page, CUSTOMER);
  const elsewhere = new URL(baseURL!);
  elsewhere.port = String(Number(elsewhere.port) + 1);
  const order = await page.request.post("/api/user/create-orders", {
    headers: { origin: elsewhere.origin, "content-type": "text/plain" },
    data: JSON.stringify({ categoryId: "x", serviceId: 1, link: "https://instagram.com/p/csrf", qty: 100 }),
  });
  expect(order.status()).toBe(403);
  expect((await order.json()).error.code).toBe("cross_origin");

  const action = await page.request.post("/user/settings", {
    headers: { origin: "https://evil.example", "next-action": "0".repeat(42), "content-type": "text/plain" },
    data: "[]",
  });
  expect(action.status()).toBe(403);
});
