import { describe, expect, it } from "vitest";
import { money } from "@/lib/money/money";
import { commissionFor, percentFor, reversalFor } from "./commission-math";

describe("affiliate commission numbers", () => {
  it("rounds the commission down to whole paisa", () => {
    // 1,234.5678 × 7.5 % = 92.592585 → 92.59
    expect(commissionFor(money("1234.5678"), money("7.5")).toFixed(4)).toBe("92.5900");
    expect(commissionFor(money("0.13"), money("5")).toFixed(4)).toBe("0.0000");
    expect(commissionFor(money("0"), money("5")).isZero()).toBe(true);
    expect(commissionFor(money("100"), money("0")).isZero()).toBe(true);
  });

  it("takes a refund's share back rounded up, never more than is left", () => {
    expect(reversalFor(money("10.01"), money("7.5"), money("5")).toFixed(4)).toBe("0.7600"); // 0.75075 → 0.76
    expect(reversalFor(money("1000"), money("10"), money("3.5")).toFixed(4)).toBe("3.5000");
    expect(reversalFor(money("10"), money("10"), money("0")).isZero()).toBe(true);
  });

  it("uses the referrer's own percent before the setting", () => {
    expect(percentFor(null, 5).toString()).toBe("5");
    expect(percentFor(money("12.5"), 5).toString()).toBe("12.5");
    expect(percentFor(money("0"), 5).toString()).toBe("0");
  });
});
