import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors/app-error";
import { daysOf, previousRange, rangeLength, resolveRange } from "./date-range";

const DHAKA = "Asia/Dhaka";
// 2026-03-31 19:30 UTC is already 1 April 01:30 in Dhaka.
const NOW = new Date("2026-03-31T19:30:00Z");

function refusal(run: () => unknown): { field: string; key: string } {
  try {
    run();
  } catch (error) {
    if (!isAppError(error)) throw error;
    const [issue] = (error.details as { issues: { field: string; key: string }[] }).issues;
    return { field: issue.field, key: issue.key };
  }
  throw new Error("expected a refusal");
}

describe("day ranges in the panel's time zone", () => {
  it("take today from the panel's clock, not UTC's", () => {
    expect(resolveRange({ preset: "today" }, DHAKA, NOW)).toEqual({ from: "2026-04-01", to: "2026-04-01" });
    expect(resolveRange({ preset: "today" }, "UTC", NOW)).toEqual({ from: "2026-03-31", to: "2026-03-31" });
  });

  it("count presets back from today, this month from its first day", () => {
    expect(resolveRange({ preset: "7d" }, DHAKA, NOW)).toEqual({ from: "2026-03-26", to: "2026-04-01" });
    expect(resolveRange({ preset: "30d" }, DHAKA, NOW)).toEqual({ from: "2026-03-03", to: "2026-04-01" });
    expect(resolveRange({ preset: "month" }, DHAKA, NOW)).toEqual({ from: "2026-04-01", to: "2026-04-01" });
    expect(resolveRange({ preset: "month" }, "UTC", NOW)).toEqual({ from: "2026-03-01", to: "2026-03-31" });
  });

  it("compare with the same number of days just before", () => {
    expect(previousRange({ from: "2024-03-01", to: "2024-03-31" })).toEqual({ from: "2024-01-30", to: "2024-02-29" });
    expect(previousRange({ from: "2026-04-01", to: "2026-04-01" })).toEqual({ from: "2026-03-31", to: "2026-03-31" });
  });

  it("list every day, across a leap day and a year's end", () => {
    expect(daysOf({ from: "2024-02-27", to: "2024-03-01" })).toEqual(["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(rangeLength({ from: "2025-12-31", to: "2026-01-01" })).toBe(2);
  });

  it("refuse impossible, reversed, future and over-long custom ranges, naming the field", () => {
    const custom = (from?: string, to?: string) => () => resolveRange({ preset: "custom", from, to }, DHAKA, NOW);
    expect(refusal(custom("2026-02-30", "2026-03-01"))).toEqual({ field: "from", key: "validation.date" });
    expect(refusal(custom("2026-03-01", "31/03/2026"))).toEqual({ field: "to", key: "validation.date" });
    expect(refusal(custom(undefined, "2026-03-01"))).toEqual({ field: "from", key: "validation.date" });
    expect(refusal(custom("2026-03-10", "2026-03-09"))).toEqual({ field: "to", key: "validation.dateOrder" });
    expect(refusal(custom("2026-03-10", "2026-04-02"))).toEqual({ field: "to", key: "validation.dateFuture" });
    expect(refusal(custom("2025-03-31", "2026-04-01"))).toEqual({ field: "to", key: "validation.rangeTooLong" });
    expect(resolveRange({ preset: "custom", from: "2025-04-01", to: "2026-04-01" }, DHAKA, NOW)).toEqual({
      from: "2025-04-01",
      to: "2026-04-01",
    });
  });
});
