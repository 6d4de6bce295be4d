import { describe, expect, it } from "vitest";
import { wholeMonths } from "./stat-sources";

describe("the whole months a range covers", () => {
  it("are read from the month tables; the edges from the days", () => {
    expect(wholeMonths({ from: "2025-03-01", to: "2025-03-31" })).toEqual({ first: "2025-03-01", last: "2025-03-31" });
    expect(wholeMonths({ from: "2025-01-15", to: "2025-04-10" })).toEqual({ first: "2025-02-01", last: "2025-03-31" });
    expect(wholeMonths({ from: "2024-02-01", to: "2024-02-29" })).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(wholeMonths({ from: "2024-12-05", to: "2025-12-04" })).toEqual({ first: "2025-01-01", last: "2025-11-30" });
  });

  it("are none inside a range shorter than a month", () => {
    expect(wholeMonths({ from: "2025-03-02", to: "2025-03-31" })).toBeNull();
    expect(wholeMonths({ from: "2025-03-01", to: "2025-03-30" })).toBeNull();
    expect(wholeMonths({ from: "2025-03-20", to: "2025-04-10" })).toBeNull();
  });
});
