import { describe, expect, it } from "vitest";
import { balanceChainBreak, type ChainEntry } from "./balance-chain";

const at = (ms: number) => new Date(Date.UTC(2026, 11, 7, 0, 0, 0, ms));
const entry = (id: string, amount: string, balanceAfter: string, ms: number): ChainEntry => ({
  id,
  amount,
  balanceAfter,
  createdAt: at(ms),
});

describe("balance-after continuity", () => {
  it("holds when each entry starts where the one before ended, the first from zero", () => {
    expect(balanceChainBreak([entry("a", "100", "100", 1), entry("b", "-30", "70", 2), entry("c", "5.5", "75.5", 3)])).toBeNull();
    expect(balanceChainBreak([])).toBeNull();
  });

  it("accepts entries of the same millisecond in any listed order, if one order chains", () => {
    expect(balanceChainBreak([entry("a", "100", "100", 1), entry("c", "-20", "50", 2), entry("b", "-30", "70", 2)])).toBeNull();
  });

  it("names the entry where the chain breaks: a lost write, a made-up balance, a wrong first entry", () => {
    expect(balanceChainBreak([entry("a", "100", "100", 1), entry("b", "-30", "60", 2)])).toMatch(/^entry b .* starts at 100\.0000/);
    expect(balanceChainBreak([entry("a", "100", "100", 1), entry("b", "-30", "70", 2), entry("c", "-30", "70", 3)])).toMatch(/^entry c /);
    expect(balanceChainBreak([entry("a", "100", "150", 1)])).toMatch(/^entry a .* starts at 0\.0000/);
    expect(balanceChainBreak([entry("a", "100", "100", 1), entry("b", "-30", "70", 2), entry("c", "-30", "70", 2)])).toMatch(/^entry b /);
  });
});
