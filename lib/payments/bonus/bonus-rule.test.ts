import { describe, expect, it } from "vitest";
import { bonusFor, rulesForMethod, type BonusRule } from "./bonus-rule";

const rule = (over: Partial<BonusRule> & { id: string }): BonusRule => ({
  method: null,
  minAmount: "0",
  maxAmount: null,
  percent: "1",
  active: true,
  ...over,
});

const bonus = (method: Parameters<typeof bonusFor>[0], amount: string, rules: BonusRule[]) => {
  const match = bonusFor(method, amount, rules);
  return match ? { id: match.rule.id, bonus: match.bonus.toFixed(2) } : null;
};

describe("bonusFor", () => {
  const bkash = rule({ id: "bkash", method: "BKASH_MANUAL", minAmount: "1000", percent: "3" });

  it("gives the rule's percent of the amount from its minimum on, for its method only", () => {
    expect(bonus("BKASH_MANUAL", "1000.00", [bkash])).toEqual({ id: "bkash", bonus: "30.00" });
    expect(bonus("BKASH_MANUAL", "999.99", [bkash])).toBeNull();
    expect(bonus("NAGAD_MANUAL", "5000", [bkash])).toBeNull();
  });

  it("takes both band edges as inclusive", () => {
    const band = rule({ id: "band", minAmount: "500", maxAmount: "999.99", percent: "2" });
    expect(bonus("SANDBOX", "500", [band])).toEqual({ id: "band", bonus: "10.00" });
    expect(bonus("SANDBOX", "999.99", [band])).toEqual({ id: "band", bonus: "19.99" });
    expect(bonus("SANDBOX", "1000", [band])).toBeNull();
    expect(bonus("SANDBOX", "499.99", [band])).toBeNull();
  });

  it("rounds the bonus down to whole paisa, and a bonus below one paisa is none", () => {
    expect(bonus("SANDBOX", "333.33", [rule({ id: "a", percent: "3" })])).toEqual({ id: "a", bonus: "9.99" }); // 9.9999
    expect(bonus("SANDBOX", "10.99", [rule({ id: "a", percent: "2.5" })])).toEqual({ id: "a", bonus: "0.27" }); // 0.27475
    expect(bonus("SANDBOX", "0.30", [rule({ id: "a", percent: "3" })])).toBeNull(); // 0.009
    expect(bonus("SANDBOX", "0", [rule({ id: "a", percent: "3" })])).toBeNull();
  });

  it("picks the highest percent among the covering rules, whatever their order", () => {
    const rules = [
      rule({ id: "all", percent: "2" }),
      bkash,
      rule({ id: "big", method: "BKASH_MANUAL", minAmount: "5000", percent: "5" }),
      rule({ id: "off", percent: "50", active: false }),
    ];
    expect(bonus("BKASH_MANUAL", "4999", rules)).toEqual({ id: "bkash", bonus: "149.97" });
    expect(bonus("BKASH_MANUAL", "5000", rules)).toEqual({ id: "big", bonus: "250.00" });
    expect(bonus("BKASH_MANUAL", "5000", [...rules].reverse())).toEqual({ id: "big", bonus: "250.00" });
    expect(bonus("NAGAD_MANUAL", "5000", rules)).toEqual({ id: "all", bonus: "100.00" });
  });

  it("breaks a tie in percent by the method's own rule, then the higher minimum, then the id", () => {
    const every = rule({ id: "a-every", percent: "3" });
    const own = rule({ id: "z-own", method: "SANDBOX", percent: "3" });
    expect(bonus("SANDBOX", "100", [every, own])?.id).toBe("z-own");
    const low = rule({ id: "b-low", percent: "3", minAmount: "10" });
    const high = rule({ id: "c-high", percent: "3", minAmount: "50" });
    expect(bonus("NAGAD_MANUAL", "100", [low, high, every])?.id).toBe("c-high");
    expect(bonus("NAGAD_MANUAL", "100", [rule({ id: "y", percent: "3" }), rule({ id: "x", percent: "3" })])?.id).toBe("x");
  });

  it("reads Decimal-like values (Prisma Decimal) as well as text", () => {
    const decimalish = (text: string) => ({ toString: () => text });
    const stored = rule({ id: "d", minAmount: decimalish("100.0000"), maxAmount: decimalish("200.0000"), percent: decimalish("1.5000") });
    expect(bonus("SANDBOX", "200", [stored])).toEqual({ id: "d", bonus: "3.00" });
  });
});

describe("rulesForMethod", () => {
  it("lists the active rules a method can reach, lowest band first", () => {
    const rules = [
      rule({ id: "big", minAmount: "5000", percent: "5" }),
      rule({ id: "nagad", method: "NAGAD_MANUAL", minAmount: "100" }),
      rule({ id: "small", method: "BKASH_MANUAL", minAmount: "1000", percent: "3" }),
      rule({ id: "off", active: false }),
    ];
    expect(rulesForMethod("BKASH_MANUAL", rules).map((r) => r.id)).toEqual(["small", "big"]);
  });
});
