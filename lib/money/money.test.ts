import { describe, expect, it } from "vitest";
import { decimalPlaces, money, roundMoney, roundMoneyDown, toStorage } from "./money";
import { formatMoney, toDisplayCurrency } from "./format";

describe("money", () => {
  it("never goes through binary floats: 0.1 + 0.2 is exactly 0.3", () => {
    expect(money("0.1").plus(money("0.2")).toFixed(4)).toBe("0.3000");
    expect(money(0.1).plus(money(0.2)).eq(money("0.3"))).toBe(true);
  });

  it("rounds half-up to 4 places, once", () => {
    expect(roundMoney(money("1.00005")).toFixed(4)).toBe("1.0001");
    expect(roundMoney(money("1.00004999")).toFixed(4)).toBe("1.0000");
    expect(roundMoney(money("-1.00005")).toFixed(4)).toBe("-1.0001");
    expect(toStorage(money("2.5"))).toBe("2.5000");
  });

  it("rounds refund shares down so a refund never exceeds its charge", () => {
    // charge 10.0000 for 3 units, 2 units not delivered: 6.66666… → 6.6666
    expect(roundMoneyDown(money("10").times(2).div(3)).toFixed(4)).toBe("6.6666");
  });

  it("keeps a rate × quantity / 1000 charge exact", () => {
    const charge = money("0.4567891").times(12345).div(1000);
    expect(charge.toString()).toBe("5.6390614395");
    expect(roundMoney(charge).toFixed(4)).toBe("5.6391");
  });

  it("counts decimal places of typed amounts", () => {
    expect(decimalPlaces("150")).toBe(0);
    expect(decimalPlaces("150.5")).toBe(1);
    expect(decimalPlaces("150.505")).toBe(3);
  });

  it("refuses non-finite numbers", () => {
    expect(() => money(Number.NaN)).toThrow();
    expect(() => money(Number.POSITIVE_INFINITY)).toThrow();
  });
});

describe("formatMoney", () => {
  it("shows an amount exactly as kept: 2 to 4 decimals, thousands in English, lakh and Bengali digits in বাংলা", () => {
    expect(formatMoney("1234567.005", "BDT", "en")).toBe("৳1,234,567.005");
    expect(formatMoney("1234567.0040", "BDT", "bn")).toBe("৳১২,৩৪,৫৬৭.০০৪");
    expect(formatMoney("-250.5", "BDT", "en")).toBe("-৳250.50");
    expect(formatMoney("12.5000", "BDT", "en")).toBe("৳12.50");
    expect(formatMoney("0", "USD", "en")).toBe("$0.00");
    // A converted amount is rounded half-up to the 4 places money is kept to.
    expect(formatMoney(toDisplayCurrency(money("1"), "USD", money("122")), "USD", "en")).toBe("$0.0082");
    expect(formatMoney("0.00005", "USD", "en")).toBe("$0.0001");
  });

  it("shows rows that add up to their shown total (no row rounded away from the sum)", () => {
    const rows = ["0.0050", "0.0050", "10.1250"];
    const shown = rows.map((row) => formatMoney(row, "BDT", "en"));
    const total = rows.reduce((sum, row) => sum.plus(row), money(0));
    expect(shown).toEqual(["৳0.005", "৳0.005", "৳10.125"]);
    expect(formatMoney(total, "BDT", "en")).toBe("৳10.135");
  });

  it("converts BDT to USD at the given rate", () => {
    expect(toDisplayCurrency(money("1220"), "USD", money("122")).toFixed(2)).toBe("10.00");
    expect(toDisplayCurrency(money("1220"), "BDT", money("122")).toFixed(2)).toBe("1220.00");
    expect(() => toDisplayCurrency(money("1"), "USD", money("0"))).toThrow();
  });
});
