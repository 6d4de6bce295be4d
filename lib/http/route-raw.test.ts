import { describe, expect, it } from "vitest";
import { notFound } from "@/lib/errors/app-error";
import { REQUEST_ID_HEADER } from "./request-context";
import { route } from "./route";

const call = (handler: (req: Request) => Promise<Response>, init: RequestInit & { url?: string } = {}) =>
  handler(new Request(init.url ?? "http://localhost:3999/api/x", init));

describe("route() in raw mode (the handler returns its own Response)", () => {
  it("sends the handler's answer as it is, with the request id added", async () => {
    const csv = route({ auth: "public" }, async () => new Response("a,b\n1,2\n", { status: 200, headers: { "content-type": "text/csv" } }));
    const res = await call(csv);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv");
    expect(res.headers.get(REQUEST_ID_HEADER)).toMatch(/\S/);
    expect(await res.text()).toBe("a,b\n1,2\n");
  });

  it("keeps a redirect (whose headers are immutable) and a stream", async () => {
    const redirect = route({ auth: "public", origin: "any" }, async ({ req }) =>
      Response.redirect(new URL("/user/payments", req.url), 303),
    );
    const res = await call(redirect, { method: "POST" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("http://localhost:3999/user/payments");
    const stream = route(
      { auth: "public" },
      async () => new Response(new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode("line\n")), c.close()) })),
    );
    expect(await (await call(stream)).text()).toBe("line\n");
  });

  it("maps an error thrown inside a raw handler to the envelope and its status, without leaking an unexpected error's text", async () => {
    const missing = route({ auth: "public" }, async (): Promise<Response> => {
      throw notFound("Attachment");
    });
    const refused = await call(missing);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ success: false, error: { code: "not_found" } });

    const broken = route({ auth: "public" }, async (): Promise<Response> => {
      throw new Error("connection string postgres://secret@db");
    });
    const failed = await call(broken);
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain("secret");
  });

  it("still refuses other origins and anonymous callers before the handler runs", async () => {
    let ran = false;
    const upload = route({ auth: "public" }, async () => ((ran = true), new Response("ok")));
    expect((await call(upload, { method: "POST", headers: { origin: "https://evil.example" } })).status).toBe(403);
    const own = route({ auth: "user" }, async () => ((ran = true), new Response("ok")));
    expect((await call(own)).status).toBe(401);
    expect(ran).toBe(false);
  });
});
