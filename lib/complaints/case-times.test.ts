import { describe, expect, it } from "vitest";
import { caseTimes, duration, durationParts } from "./case-times";

describe("case times", () => {
  it("measures age and first response from the case's creation", () => {
    const now = Date.parse("2026-01-03T12:00:00Z");
    expect(caseTimes("2026-01-01T12:00:00Z", "2026-01-01T12:30:00Z", now)).toEqual({ ageMs: 2 * 86_400_000, firstResponseMs: 30 * 60_000 });
    expect(caseTimes("2026-01-01T12:00:00Z", null, now).firstResponseMs).toBeNull();
  });

  it("writes durations people read at a glance", () => {
    expect(duration(59_000)).toBe("0m");
    expect(duration(12 * 60_000)).toBe("12m");
    expect(duration((5 * 60 + 10) * 60_000)).toBe("5h 10m");
    expect(duration((3 * 1440 + 4 * 60 + 59) * 60_000)).toBe("3d 4h");
    expect(duration(-5)).toBe("0m");
  });

  it("splits a duration into its two largest units for the reader's language", () => {
    expect(durationParts((3 * 1440 + 4 * 60 + 59) * 60_000)).toEqual({ unit: "days", days: 3, hours: 4 });
    expect(durationParts((5 * 60 + 10) * 60_000)).toEqual({ unit: "hours", hours: 5, minutes: 10 });
    expect(durationParts(-5)).toEqual({ unit: "minutes", minutes: 0 });
  });
});
