import { afterEach, describe, expect, it } from "vitest";
import { ProviderError } from "./errors";
import { refusedUrl, startProvider, type Handler, type TestProvider } from "./test-server";
import { callProvider } from "./transport";

const KEY = "sk_live_4f9a2c7e1b3d5f60";
let provider: TestProvider | undefined;

afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

async function answer(handler: Handler, options: { timeoutMs?: number; query?: string; action?: "add" | "status" } = {}) {
  provider = await startProvider(handler);
  const apiUrl = provider.url + (options.query ?? "");
  return callProvider({ providerId: "p-test", apiUrl, apiKey: KEY, timeoutMs: options.timeoutMs ?? 2_000 }, options.action ?? "status", {
    order: "77",
  });
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => expect.unreachable("the call should fail"),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProviderError);
  const providerError = error as ProviderError;
  // The key never leaks, in any rendering of the error.
  expect(JSON.stringify(providerError)).not.toContain(KEY);
  expect(String(providerError)).not.toContain(KEY);
  expect(providerError.stack ?? "").not.toContain(KEY);
  return providerError;
}

describe("API v2 transport", () => {
  it("POSTs a form with key, action and params, keeping the URL's own query string", async () => {
    expect(await answer(() => ({ body: { ok: 1 } }), { query: "?tenant=7" })).toEqual({ ok: 1 });
    const request = provider!.requests[0];
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/api/v2?tenant=7");
    expect(request.contentType).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(request.form)).toEqual({ key: KEY, action: "status", order: "77" });
  });

  it("accepts JSON whatever the content type says, with a BOM or surrounding blanks", async () => {
    expect(await answer(() => ({ body: '\uFEFF {"balance":"1.5","currency":"USD"}\n' }))).toEqual({ balance: "1.5", currency: "USD" });
  });

  it('classifies {"error": …} answered with HTTP 200 and keeps the message', async () => {
    const error = await failure(answer(() => ({ body: { error: "Incorrect order ID" } })));
    expect(error).toMatchObject({
      kind: "rejected",
      reason: "incorrect_order",
      message: "Incorrect order ID",
      httpStatus: 200,
      outcomeUnknown: false,
    });
  });

  it("classifies error keys such as neworder.error.not_enough_funds", async () => {
    expect(await failure(answer(() => ({ body: { error: "neworder.error.not_enough_funds" } }), { action: "add" }))).toMatchObject({
      kind: "funds",
    });
    expect(await failure(answer(() => ({ body: { error: "neworder.error.link_duplicate" } }), { action: "add" }))).toMatchObject({
      kind: "rejected",
      reason: "duplicate_link",
    });
  });

  it("classifies 4xx statuses: 401/403 auth, 402 funds, 429 with Retry-After, others rejected", async () => {
    expect(await failure(answer(() => ({ status: 401, body: { error: "Unauthenticated" } })))).toMatchObject({
      kind: "auth",
      httpStatus: 401,
    });
    await provider!.close();
    expect(await failure(answer(() => ({ status: 403, body: "<h1>Forbidden</h1>" })))).toMatchObject({ kind: "auth" });
    await provider!.close();
    expect(await failure(answer(() => ({ status: 402, body: { error: "Payment required" } })))).toMatchObject({ kind: "funds" });
    await provider!.close();
    const limited = await failure(answer(() => ({ status: 429, body: { error: "Slow down" }, headers: { "retry-after": "7" } })));
    expect(limited).toMatchObject({ kind: "rate_limited", retryAfterMs: 7_000 });
    await provider!.close();
    expect(await failure(answer(() => ({ status: 400, body: { error: "Bad request" } })))).toMatchObject({
      kind: "rejected",
      reason: "other",
    });
  });

  it("lets a recognised error text win over the status (500 with 'Invalid API key')", async () => {
    expect(await failure(answer(() => ({ status: 500, body: { error: "Invalid API key" } })))).toMatchObject({
      kind: "auth",
      httpStatus: 500,
    });
  });

  it("turns a proxy's HTML 502 into a server error, outcome unknown only for writes", async () => {
    const page = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>";
    const read = await failure(answer(() => ({ status: 502, body: page })));
    expect(read).toMatchObject({ kind: "server", httpStatus: 502, outcomeUnknown: false });
    expect(read.message).toBe(`The provider answered HTTP 502 (text/html, ${page.length} bytes)`);
    await provider!.close();
    expect(await failure(answer(() => ({ status: 502, body: page }), { action: "add" }))).toMatchObject({
      kind: "server",
      outcomeUnknown: true,
    });
  });

  it("turns invalid JSON, HTML and empty bodies with HTTP 200 into server errors", async () => {
    expect(await failure(answer(() => ({ body: '{"order": 12' })))).toMatchObject({ kind: "server", httpStatus: 200 });
    await provider!.close();
    expect(await failure(answer(() => ({ body: "<!doctype html><title>Maintenance</title>" }), { action: "add" }))).toMatchObject({
      kind: "server",
      outcomeUnknown: true,
    });
    await provider!.close();
    expect(await failure(answer(() => ({ body: "" })))).toMatchObject({
      kind: "server",
      message: "The provider's answer is not JSON (empty)",
    });
  });

  it("describes a body it does not recognise (status, type, size) and never quotes it", async () => {
    const secretPage = `<html><title>Cloud metadata</title><body>AccessKeyId=AKIA-INTERNAL-0001 ${"x".repeat(400)}</body></html>`;
    const messages: string[] = [];
    for (const reply of [
      { status: 200, body: secretPage },
      { status: 500, body: secretPage },
      {
        status: 200,
        body: JSON.stringify("AccessKeyId=AKIA-INTERNAL-0001"),
        headers: { "content-type": "application/json; charset=utf-8" },
      },
    ]) {
      messages.push((await failure(answer(() => reply))).message);
      await provider!.close();
    }
    expect(messages).toEqual([
      `The provider's answer is not JSON (text/html, ${secretPage.length} bytes)`,
      `The provider answered HTTP 500 (text/html, ${secretPage.length} bytes)`,
      "Unexpected answer: a JSON string (application/json, 32 bytes)",
    ]);
    for (const message of messages) expect(message).not.toMatch(/AKIA|metadata/i);
  });

  it("refuses to follow redirects (a POST would turn into a GET without the key)", async () => {
    const error = await failure(
      answer(() => ({ status: 301, headers: { location: "https://panel.example/api/v2?token=s3cret" } }), { action: "add" }),
    );
    expect(error).toMatchObject({ kind: "protocol", outcomeUnknown: false });
    expect(error.message).toContain("https://panel.example/api/v2");
    expect(error.message).not.toContain("s3cret");
  });

  it("a server that accepts and never answers is a timeout with an unknown outcome", async () => {
    const started = Date.now();
    const error = await failure(answer(() => ({ hang: true }), { timeoutMs: 300, action: "add" }));
    expect(error).toMatchObject({ kind: "timeout", outcomeUnknown: true });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("a connection dropped after the request was sent is a timeout (outcome unknown)", async () => {
    expect(await failure(answer(() => ({ drop: true }), { action: "add" }))).toMatchObject({ kind: "timeout", outcomeUnknown: true });
  });

  it("connection refused is connect: nothing was sent", async () => {
    const apiUrl = await refusedUrl();
    const error = await failure(callProvider({ providerId: "p", apiUrl, apiKey: KEY }, "add", {}));
    expect(error).toMatchObject({ kind: "connect", outcomeUnknown: false, causeCode: "ECONNREFUSED" });
  });

  it("an unusable URL is a connect error naming no secret", async () => {
    const error = await failure(callProvider({ providerId: "p", apiUrl: `not a url ${KEY}`, apiKey: KEY }, "balance", {}));
    expect(error).toMatchObject({ kind: "connect", causeCode: "ERR_INVALID_URL" });
    expect(await failure(callProvider({ providerId: "p", apiUrl: "ftp://x.example/api", apiKey: KEY }, "balance", {}))).toMatchObject({
      kind: "connect",
    });
  });

  it("scrubs a key the provider echoes back (plain or URL-encoded)", async () => {
    const error = await failure(answer(() => ({ body: { error: `Invalid API key ${KEY} (${encodeURIComponent(KEY)})` } })));
    expect(error.kind).toBe("auth");
    expect(error.message).toContain("[redacted]");
  });
});
