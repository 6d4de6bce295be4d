import { beforeEach, describe, expect, it } from "vitest";
import type { WireService } from "@/lib/api-v2/wire-service";
import { demoCall, resetDemoProvider } from "./test-support";

const TYPES = [
  "Default",
  "Package",
  "SEO",
  "Custom Comments",
  "Custom Comments Package",
  "Mentions with Hashtags",
  "Mentions Custom List",
  "Mentions Hashtag",
  "Mentions User Followers",
  "Mentions Media Likers",
  "Comment Likes",
  "Poll",
  "Subscriptions",
];

const services = (query = "") => demoCall<WireService[]>({ action: "services" }, { query });

describe("demo provider: services", () => {
  beforeEach(() => resetDemoProvider());

  it("lists the fixed catalogue in the protocol's shape: numbers as strings, booleans, every type", async () => {
    const list = await services();
    expect(list.map((service) => service.service)).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    for (const service of list) {
      expect(Object.keys(service).sort()).toEqual([
        "cancel",
        "category",
        "desc",
        "dripfeed",
        "max",
        "min",
        "name",
        "rate",
        "refill",
        "service",
        "type",
      ]);
      expect(service.rate).toMatch(/^\d+(\.\d{1,7})?$/);
      expect(service.min).toMatch(/^\d+$/);
      expect(service.max).toMatch(/^\d+$/);
      expect(Number(service.min)).toBeLessThanOrEqual(Number(service.max));
      for (const flag of [service.refill, service.cancel, service.dripfeed]) expect(typeof flag).toBe("boolean");
      expect(service.name.length).toBeGreaterThan(0);
      expect(service.category.length).toBeGreaterThan(0);
      expect(service.desc.length).toBeGreaterThan(0);
    }
    expect(new Set(list.map((service) => service.type))).toEqual(new Set(TYPES));
    expect(list[0]).toMatchObject({
      service: 1,
      type: "Default",
      category: "Instagram Followers",
      rate: "1.25",
      min: "10",
      refill: true,
      cancel: true,
    });
    expect(list.some((service) => service.type === "Default" && service.dripfeed)).toBe(true);
    expect(list.some((service) => service.type === "Default" && !service.refill && !service.cancel)).toBe(true);
    for (const platform of ["Instagram", "YouTube", "TikTok", "Facebook", "Telegram"]) {
      expect(list.some((service) => service.category.startsWith(platform))).toBe(true);
    }
  });

  it("refuses a wrong or missing key and an unknown action", async () => {
    expect(await demoCall({ action: "services" }, { key: "wrong" })).toEqual({ error: "Invalid API key" });
    expect(await demoCall({ action: "services" }, { key: null })).toEqual({ error: "Invalid API key" });
    expect(await demoCall({ action: "dance" })).toEqual({ error: "Incorrect request" });
    expect(await demoCall({})).toEqual({ error: "Incorrect request" });
  });

  it("builds a large deterministic catalogue for catalogSize, starting with the fixed list", async () => {
    const [fixed, large, again] = await Promise.all([services(), services("catalogSize=5000"), services("catalogSize=5000")]);
    expect(large).toHaveLength(5000);
    expect(large.map((service) => service.service)).toEqual(Array.from({ length: 5000 }, (_, index) => index + 1));
    expect(large.slice(0, 25)).toEqual(fixed);
    expect(again).toEqual(large);
    const categories = new Set(large.map((service) => service.category));
    expect(categories.size).toBeGreaterThanOrEqual(50);
    expect(categories.size).toBeLessThanOrEqual(60);
    expect(new Set(large.map((service) => service.type))).toEqual(new Set(TYPES));
    for (const service of large) expect(service.rate).toMatch(/^\d+(\.\d{1,7})?$/);
    expect(new Set(large.map((service) => service.rate)).size).toBeGreaterThan(100);
  });

  it("applies the catalogVariant rule: rates, min and max shifted, services gone and added", async () => {
    const base = await services();
    const variant = await services("catalogVariant=1");
    const byId = new Map(variant.map((service) => [service.service, service]));
    expect(variant).toHaveLength(25 - 3 + 1);
    for (const gone of [3, 13, 23]) expect(byId.has(gone)).toBe(false);
    expect(byId.get(2)?.rate).toBe("0.4950000");
    expect(byId.get(12)?.rate).toBe("0.8250000");
    expect(byId.get(22)?.rate).toBe("0.3850000");
    expect(byId.get(4)?.min).toBe("40");
    expect(byId.get(14)?.min).toBe("10");
    expect(byId.get(5)?.max).toBe("5000000");
    expect(byId.get(15)?.max).toBe("5");
    expect(byId.get(26)).toBeDefined();
    expect(byId.get(1)).toEqual(base[0]);
    expect(new Set(variant.map((service) => service.type))).toEqual(new Set(TYPES));
    expect((await services("catalogVariant=2")).find((service) => service.service === 2)?.rate).toBe("0.5400000");

    const large = await services("catalogSize=5000&catalogVariant=1");
    expect(large).toHaveLength(5000 - 500 + 1);
    expect(large.some((service) => service.service % 10 === 3)).toBe(false);
    expect(large.at(-1)?.service).toBe(5001);
  });

  it("rejects an add for a service that vanished in the variant the request uses", async () => {
    const answer = await demoCall(
      { action: "add", service: "3", link: "https://instagram.com/p/x", quantity: "100" },
      { query: "catalogVariant=1" },
    );
    expect(answer).toEqual({ error: "Incorrect service ID" });
  });
});
