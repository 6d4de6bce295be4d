import { describe, expect, it } from "vitest";
import { jsonAnswer } from "./json-answer";

describe("a JSON answer", () => {
  it("keeps a small answer from being compressed, beside the caching it was given", async () => {
    const answer = jsonAnswer({ ok: true }, { status: 201, headers: { "cache-control": "private, no-store", "x-request-id": "r1" } });
    expect(answer.status).toBe(201);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(answer.headers.get("cache-control")).toBe("private, no-store, no-transform");
    expect(answer.headers.get("x-request-id")).toBe("r1");
    expect(await answer.json()).toEqual({ ok: true });
    expect(jsonAnswer({ ok: true }).headers.get("cache-control")).toBe("no-transform");
  });

  it("leaves a large answer to compression", () => {
    const answer = jsonAnswer({ rows: "x".repeat(2000) }, { headers: { "cache-control": "no-store" } });
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });
});
