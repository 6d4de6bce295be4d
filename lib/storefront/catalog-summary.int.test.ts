// The landing page's "what we sell": live counts and lowest prices from active services in active categories.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { catalogSummary } from "./catalog-summary";

async function category(name: string, status: "ACTIVE" | "DISABLED" = "ACTIVE") {
  return db.category.create({ data: { name, status }, select: { id: true } });
}

async function service(categoryId: string, rate: string, extra: { type?: "DEFAULT" | "PACKAGE"; status?: "ACTIVE" | "DISABLED" } = {}) {
  await db.service.create({
    data: {
      name: `Service ${rate}`,
      categoryId,
      rate,
      min: 1,
      max: 1000,
      mode: "MANUAL",
      type: extra.type ?? "DEFAULT",
      status: extra.status ?? "ACTIVE",
    },
  });
}

describe("catalogSummary", () => {
  it("counts active services and takes the lowest price per 1,000, leaving packages and switched-off services out", async () => {
    const unique = `${Date.now()}${Math.random()}`;
    const own = await category(`Zeta boosts ${unique}`);
    await service(own.id, "12.5000");
    await service(own.id, "3.2500");
    await service(own.id, "1.0000", { type: "PACKAGE" });
    await service(own.id, "0.5000", { status: "DISABLED" });
    const hidden = await category(`Hidden boosts ${unique}`, "DISABLED");
    await service(hidden.id, "0.0100");

    const offers = await catalogSummary(10_000);
    expect(offers.find((offer) => offer.key === `category:${own.id}`)).toEqual({
      platform: null,
      key: `category:${own.id}`,
      categoryName: `Zeta boosts ${unique}`,
      services: 3,
      fromRate: "3.2500",
      categoryId: own.id,
    });
    expect(offers.some((offer) => offer.key === `category:${hidden.id}`)).toBe(false);
  });

  it("puts categories of one platform together, under the platform, before categories that name none", async () => {
    const unique = `${Date.now()}${Math.random()}`;
    const views = await category(`TikTok Views ${unique}`);
    const likes = await category(`TikTok Likes ${unique}`);
    await service(views.id, "0.0001");
    await service(likes.id, "0.0002");

    const offers = await catalogSummary(10_000);
    const tiktok = offers.find((offer) => offer.key === "tiktok");
    expect(tiktok).toMatchObject({ platform: "tiktok", fromRate: "0.0001" });
    expect(tiktok!.services).toBeGreaterThanOrEqual(2);
    expect(offers.filter((offer) => offer.key === "tiktok")).toHaveLength(1);
    const firstOther = offers.findIndex((offer) => offer.platform === null);
    expect(offers.findIndex((offer) => offer.key === "tiktok")).toBeLessThan(firstOther === -1 ? Infinity : firstOther);
  });
});
