import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, gateRefusal } from "./gate-refusal";

const SITE = "http://panel.test";
const action = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`${SITE}/forgot-password`, {
    method: "POST",
    headers: { "next-action": "7f00", origin: SITE, host: "panel.test", "content-type": "text/plain;charset=UTF-8", ...headers },
    body,
  });

async function refused(req: Request) {
  const res = await gateRefusal(req);
  return res ? { status: res.status, message: ((await res.json()) as { error: { message: string } }).error.message } : null;
}

describe("gateRefusal: URLs", () => {
  it("answers 400 to malformed percent-encoding in the path, where Next answers 500", async () => {
    expect(await refused(new Request(`${SITE}/api/user/orders/%ZZ`))).toEqual({ status: 400, message: "path: malformed percent-encoding" });
    expect(await refused(new Request(`${SITE}/admin/orders/%E0%A4%A`))).toMatchObject({ status: 400 });
  });

  it("answers 400 naming the parameter to a NUL in the query, and to a NUL in the path", async () => {
    expect(await refused(new Request(`${SITE}/admin/users?q=a%00b`))).toEqual({
      status: 400,
      message: "q: must not contain NUL characters",
    });
    expect(await refused(new Request(`${SITE}/user/transactions?after=%00`))).toEqual({
      status: 400,
      message: "after: must not contain NUL characters",
    });
    expect(await refused(new Request(`${SITE}/api/payments/webhook/%00`, { method: "POST" }))).toEqual({
      status: 400,
      message: "path: must not contain NUL characters",
    });
  });

  it("lets ordinary requests through", async () => {
    expect(await gateRefusal(new Request(`${SITE}/admin/orders?q=%D0%B0%20b&from=2024-01-01`))).toBeNull();
    expect(
      await gateRefusal(new Request(`${SITE}/api/v2`, { method: "POST", headers: { origin: "https://elsewhere.example" }, body: "key=k" })),
    ).toBeNull();
  });
});

describe("gateRefusal: server actions", () => {
  it("passes a well-formed call from this site, and one without Origin (as Next does)", async () => {
    expect(
      await gateRefusal(action(JSON.stringify([{ email: "a@b.test" }, "$undefined", "$$literal", "$n12", "$D2024-01-01"]))),
    ).toBeNull();
    const noOrigin = action("[]");
    noOrigin.headers.delete("origin");
    expect(await gateRefusal(noOrigin)).toBeNull();
  });

  it("answers 403 to another origin, an unparseable Origin and a form posted from elsewhere", async () => {
    expect(await refused(action("[]", { origin: "https://evil.example" }))).toMatchObject({
      status: 403,
      message: expect.stringMatching(/^origin: /),
    });
    expect(await refused(action("[]", { origin: "null" }))).toMatchObject({ status: 403 });
    const form = new FormData();
    form.set("$ACTION_ID_7f00", "");
    expect(
      await refused(
        new Request(`${SITE}/login`, { method: "POST", headers: { origin: "https://evil.example", host: "panel.test" }, body: form }),
      ),
    ).toMatchObject({ status: 403 });
    expect(
      await gateRefusal(action("[]", { origin: "https://panel.example", host: "internal:3000", "x-forwarded-host": "panel.example" })),
    ).toBeNull();
  });

  it("answers 400 to a body Next cannot decode: not JSON, not an argument list, or a reference to a part it lacks", async () => {
    for (const body of ["garbage{", '"x"', "null", "1", '["$Q1"]', '["$h"]', '["$@1"]', '["$"]', '["$ngarbage"]', '[{"a":["$W2"]}]']) {
      expect(await refused(action(body)), body).toMatchObject({ status: 400, message: expect.stringMatching(/^body: /) });
    }
  });

  it("answers 400 to a malformed multipart body or parts that do not decode, and passes one that does", async () => {
    expect(await refused(action("garbage", { "content-type": "multipart/form-data; boundary=xx" }))).toMatchObject({ status: 400 });
    const multipart = (parts: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(parts)) form.set(name, value);
      const req = new Request(`${SITE}/user/orders`, { method: "POST", body: form });
      return new Request(req, { headers: { ...Object.fromEntries(req.headers), "next-action": "7f00", origin: SITE, host: "panel.test" } });
    };
    expect(await refused(multipart({ 0: "garbage" }))).toMatchObject({ status: 400 });
    expect(await refused(multipart({ 0: '["$Q1"]' }))).toMatchObject({ status: 400 });
    expect(await gateRefusal(multipart({ 0: '["$Q1"]', 1: "[]" }))).toBeNull();
  });

  it("answers 413 over Next's 1 MB limit and 415 to a type Next does not read", async () => {
    expect(await refused(action(JSON.stringify(["a".repeat(ACTION_BODY_LIMIT)])))).toMatchObject({ status: 413 });
    expect(await refused(action("[]", { "content-type": "application/xml" }))).toMatchObject({
      status: 415,
      message: expect.stringMatching(/^content-type: /),
    });
  });
});
