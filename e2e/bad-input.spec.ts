import { readFileSync } from "node:fs";
import { ADMIN, CUSTOMER, expect, signIn, test } from "./helpers";

// Issue 11 (5, 9): what the framework or a page's own reading of its URL used to answer with a 500.

/** The id of a server action in this build (the browser gets it the same way: from the build). */
function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name)?.[0];
  if (!id) throw new Error(`no server action ${name} in .next: build first`);
  return id;
}

const ADMIN_PAGES = [
  "/admin/users?after=a&after=b&q=x&q=y",
  "/admin/users?q=%00",
  "/admin/users/x?after=a&after=b",
  "/admin/orders?from=2024-13-45&to=2023-02-29",
  "/admin/orders?cursor=abc&serviceId=99999999999",
  "/admin/orders?status=a&status=b",
  "/admin/payments?q=a&q=b&from=2024-13-45",
  "/admin/complaints?page=a&page=b&orderId=99999999999",
  "/admin/orders/requests?kind=a&kind=b",
  "/admin/catalog/services?page=a&page=b&q=x&q=y&category=a&category=b",
  "/admin/catalog/changes?source=a&source=b",
  "/admin/mailbox?to=a&to=b",
  "/admin/orders/99999999999",
  "/admin/orders/%ZZ",
];
const CUSTOMER_PAGES = [
  "/user/transactions?after=a&after=b",
  "/user/transactions?after=%00",
  "/user/services?q=a&q=b",
  "/user/orders?after=a&after=b&q=x&q=y&status=a&status=b",
  "/user/orders?after=99999999999",
  "/user/orders/create?service=a&service=b",
  "/user/complaints/new?order=a&order=b&payment=x&payment=y",
  "/user/complaints?page=a&page=b&status=x&status=y",
  "/user/complaints/%ZZ",
];

test("list pages answer below 500 to repeated, NUL, garbage and out-of-range parameters", async ({ page, otherPage }) => {
  await signIn(page, ADMIN);
  for (const path of ADMIN_PAGES) expect((await page.request.get(path)).status(), path).toBeLessThan(500);
  await signIn(otherPage, CUSTOMER);
  for (const path of CUSTOMER_PAGES) expect((await otherPage.request.get(path)).status(), path).toBeLessThan(500);
});

test("the gate answers 400 to malformed percent-encoding and NULs, and Auth.js 400 to a callback URL it cannot follow", async ({
  request,
}) => {
  for (const path of ["/api/user/orders/%ZZ", "/api/payments/webhook/%ZZ", "/%ZZ", "/login?callbackUrl=%00"]) {
    expect((await request.get(path)).status(), path).toBe(400);
  }
  expect((await request.post("/api/payments/webhook/%00")).status()).toBe(400);
  for (const path of [
    "/api/auth/session?callbackUrl=abc",
    "/api/auth/signin?callbackUrl=javascript:alert(1)",
    "/api/auth/providers?callbackUrl=abc",
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^callbackUrl: /);
  }
  expect((await request.get("/api/auth/session", { headers: { cookie: "authjs.callback-url=abc" } })).status()).toBe(400);
});

test("server-action calls Next cannot decode, or from another origin, answer 4xx; a well-formed one still works", async ({
  request,
  baseURL,
}) => {
  const call = (body: string, headers: Record<string, string> = {}) =>
    request.post("/forgot-password", {
      headers: { "next-action": actionId("requestResetAction"), origin: baseURL!, "content-type": "text/plain;charset=UTF-8", ...headers },
      data: body,
    });
  expect((await call(JSON.stringify([{ email: "nobody@example.test" }]))).status()).toBe(200);
  expect((await call("garbage{")).status()).toBe(400);
  expect((await call('"x"')).status()).toBe(400);
  expect((await call('["$Q1"]')).status()).toBe(400);
  expect((await call(JSON.stringify([{ email: "a@b.test" }]), { origin: "https://evil.example" })).status()).toBe(403);
  expect((await call("garbage", { "content-type": "multipart/form-data; boundary=xx" })).status()).toBe(400);
  expect((await call(JSON.stringify(["a".repeat(1024 * 1024 + 10)]))).status()).toBe(413);
});
