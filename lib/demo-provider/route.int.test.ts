import { beforeEach, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/demo-provider/v2/route";
import { db } from "@/lib/db";
import { DEMO_TEST_KEY, resetDemoProvider, uniqueLink } from "./test-support";

const URL_BASE = "http://localhost:3999/api/demo-provider/v2";

describe("demo provider route", () => {
  beforeEach(() => resetDemoProvider("1000"));

  it("takes a form-encoded POST like real clients send", async () => {
    const link = uniqueLink();
    const body = new URLSearchParams({ key: DEMO_TEST_KEY, action: "add", service: "1", link, quantity: "100" });
    const res = await POST(
      new Request(URL_BASE, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body }),
    );
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { order: number };
    expect(await db.demoProviderOrder.count({ where: { id: answer.order, link } })).toBe(1);
  });

  it("takes a JSON body with numbers, and a GET with query parameters", async () => {
    const json = await POST(
      new Request(URL_BASE, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ key: DEMO_TEST_KEY, action: "add", service: 2, link: uniqueLink(), quantity: 100 }),
      }),
    );
    expect(await json.json()).toEqual({ order: expect.any(Number) });
    const get = await GET(new Request(`${URL_BASE}?key=${DEMO_TEST_KEY}&action=balance`));
    expect(await get.json()).toEqual({ balance: "999.9550000", currency: "USD" });
  });

  it("answers protocol errors with HTTP 200 and malformed JSON as an incorrect request", async () => {
    const bad = await POST(new Request(URL_BASE, { method: "POST", body: new URLSearchParams({ key: "nope", action: "balance" }) }));
    expect(bad.status).toBe(200);
    expect(await bad.json()).toEqual({ error: "Invalid API key" });
    const broken = await POST(new Request(URL_BASE, { method: "POST", headers: { "content-type": "application/json" }, body: "{oops" }));
    expect(await broken.json()).toEqual({ error: "Incorrect request" });
  });

  it("keeps the switches of the URL and sends the HTML 500 page as HTML", async () => {
    const res = await GET(new Request(`${URL_BASE}?fault=http_500&key=${DEMO_TEST_KEY}&action=balance`));
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("500 Internal Server Error");
  });
});
