import { describe, expect, it } from "vitest";
import { money } from "@/lib/money/money";
import { applyPercent, customerRate, LIST_PRICES, type PriceBook } from "./customer-rate";

const service = { id: 7, categoryId: "cat-a", rate: "100.0000" };
const book = (overrides: Partial<PriceBook>): PriceBook => ({ ...LIST_PRICES, ...overrides });

describe("customerRate", () => {
  it("is the list price for a customer with no group and no prices", () => {
    expect(customerRate(service, LIST_PRICES)).toEqual({ rate: money("100.0000"), source: "list" });
  });

  it("takes the price group's percentage", () => {
    const { rate, source } = customerRate(service, book({ groupPercent: money(-10) }));
    expect([rate.toFixed(4), source]).toEqual(["90.0000", "group"]);
  });

  it("lets the customer's own percentage on everything win over the group", () => {
    const { rate, source } = customerRate(service, book({ groupPercent: money(-10), allPercent: money(-15) }));
    expect([rate.toFixed(4), source]).toEqual(["85.0000", "all"]);
  });

  it("lets a category percentage win over everything, and only in its category", () => {
    const priced = book({ groupPercent: money(-10), allPercent: money(-15), categoryPercents: new Map([["cat-a", money(5)]]) });
    expect(customerRate(service, priced).rate.toFixed(4)).toBe("105.0000");
    expect(customerRate({ ...service, categoryId: "cat-b" }, priced).source).toBe("all");
  });

  it("lets a fixed rate for the service win over every percentage", () => {
    const priced = book({
      groupPercent: money(-10),
      allPercent: money(-15),
      categoryPercents: new Map([["cat-a", money(5)]]),
      serviceRates: new Map([[7, money("42.5000")]]),
    });
    expect(customerRate(service, priced)).toEqual({ rate: money("42.5000"), source: "service" });
    expect(customerRate({ ...service, id: 8 }, priced).source).toBe("category");
  });
});

describe("applyPercent", () => {
  it("rounds up to 4 places so a discount never gives more than it says", () => {
    expect(applyPercent(money("0.3333"), money(-10)).toFixed(4)).toBe("0.3000");
    expect(applyPercent(money("0.1111"), money(-33)).toFixed(4)).toBe("0.0745"); // 0.074437 → up
    expect(applyPercent(money("10"), money("2.5")).toFixed(4)).toBe("10.2500");
  });
});
