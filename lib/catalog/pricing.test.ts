import { describe, expect, it } from "vitest";
import { money } from "@/lib/money/money";
import { priceFromProvider, providerCostBdt } from "./pricing";

const base = { providerCurrency: "USD", bdtPerUsd: money("122"), roundTo: null };

describe("pricing from provider rates", () => {
  it("converts USD with the exchange rate and keeps BDT as is", () => {
    expect(providerCostBdt(money("0.0450000"), "usd", money("122")).toFixed(4)).toBe("5.4900");
    expect(providerCostBdt(money("3.5"), "BDT", money("122")).toFixed(4)).toBe("3.5000");
    expect(() => providerCostBdt(money("1"), "EUR", money("122"))).toThrow(/EUR/);
  });

  it("adds a percent markup exactly, rounding up at the 4th place", () => {
    // 0.0012345 USD × 122 = 0.150609 BDT; × 1.25 = 0.18826125 → 0.1883
    expect(priceFromProvider({ ...base, providerRate: money("0.0012345"), markup: { kind: "PERCENT", value: money(25) } }).toFixed(4)).toBe(
      "0.1883",
    );
    expect(priceFromProvider({ ...base, providerRate: money("1"), markup: { kind: "PERCENT", value: money(0) } }).toFixed(4)).toBe(
      "122.0000",
    );
  });

  it("adds a fixed BDT markup", () => {
    expect(priceFromProvider({ ...base, providerRate: money("1"), markup: { kind: "FIXED", value: money("3.5") } }).toFixed(4)).toBe(
      "125.5000",
    );
  });

  it("rounds up to the chosen step, never below cost plus markup", () => {
    const price = priceFromProvider({
      ...base,
      providerRate: money("0.0450000"),
      markup: { kind: "PERCENT", value: money(25) },
      roundTo: money("0.5"),
    });
    // 5.49 × 1.25 = 6.8625 → 7.0
    expect(price.toFixed(4)).toBe("7.0000");
    expect(
      priceFromProvider({ ...base, providerRate: money("0.5"), markup: { kind: "PERCENT", value: money(0) }, roundTo: money("1") }).toFixed(
        2,
      ),
    ).toBe("61.00");
    expect(
      priceFromProvider({
        ...base,
        providerRate: money("0.5"),
        markup: { kind: "PERCENT", value: money(0) },
        roundTo: money("0.01"),
      }).toFixed(2),
    ).toBe("61.00");
  });
});
