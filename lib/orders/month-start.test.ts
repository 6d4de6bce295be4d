import { describe, expect, it } from "vitest";
import { monthStartIn } from "./month-start";

describe("monthStartIn", () => {
  it("is midnight of the 1st in the panel's zone, which may still be the previous month in UTC", () => {
    expect(monthStartIn("Asia/Dhaka", new Date("2026-12-15T08:00:00Z")).toISOString()).toBe("2026-11-30T18:00:00.000Z");
    // 1 December 02:00 in Dhaka is 30 November in UTC: already December's month.
    expect(monthStartIn("Asia/Dhaka", new Date("2026-11-30T20:00:00Z")).toISOString()).toBe("2026-11-30T18:00:00.000Z");
    expect(monthStartIn("UTC", new Date("2026-11-30T20:00:00Z")).toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });
});
