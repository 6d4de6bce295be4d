import { describe, expect, it } from "vitest";
import { REQUEST_ID_HEADER } from "./request-context";
import { route } from "./route";

// API paths skip the request gate (middleware.ts matches them only when their path is percent-encoded),
// so route() makes the gate's URL check itself, before the session or the handler.
describe("route(): the URL check API paths no longer get from the gate", () => {
  const reached: string[] = [];
  const handler = route({ auth: "public", origin: "any" }, async ({ req }) => {
    reached.push(req.url);
    return { ok: true };
  });

  it("answers 400 naming the parameter to a NUL in the query, with the request id, and never runs the handler", async () => {
    const res = await handler(new Request("http://localhost/api/x?q=a%00b"));
    expect(res.status).toBe(400);
    expect(res.headers.get(REQUEST_ID_HEADER)).toMatch(/\S/);
    expect(await res.json()).toEqual({
      success: false,
      error: { code: "validation_failed", message: "q: must not contain NUL characters" },
    });
    const post = await handler(new Request("http://localhost/api/payments/webhook/%00", { method: "POST", body: "{}" }));
    expect(post.status).toBe(400);
    expect(await post.json()).toMatchObject({ error: { code: "bad_path", message: "path: must not contain NUL characters" } });
    expect(reached).toEqual([]);
  });

  it("lets ordinary URLs through", async () => {
    const res = await handler(new Request("http://localhost/api/x?q=%D0%B0%20b&from=2024-01-01"));
    expect(res.status).toBe(200);
    expect(reached).toHaveLength(1);
  });
});
