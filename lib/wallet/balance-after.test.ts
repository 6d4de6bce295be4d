import { describe, expect, it } from "vitest";
import { balanceAfter } from "./balance-after";

describe("balanceAfter", () => {
  it("adds a credit and takes a debit away, exactly", () => {
    expect(balanceAfter("1000.0000", "credit", "500")).toBe("1500");
    expect(balanceAfter("0.1", "credit", "0.2")).toBe("0.3");
    expect(balanceAfter("100.0000", "debit", "0.01")).toBe("99.99");
  });

  it("shows a debit larger than the balance as the negative balance it would leave", () => {
    expect(balanceAfter("100", "debit", "100.01")).toBe("-0.01");
  });

  it("keeps a balance's four decimals", () => {
    expect(balanceAfter("12.3456", "credit", "1.00")).toBe("13.3456");
  });
});
