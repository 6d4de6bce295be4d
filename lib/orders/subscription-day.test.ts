import { describe, expect, it } from "vitest";
import { dayEndIn, dayTextIn } from "./subscription-day";

describe("subscription expiry days", () => {
  it("keeps the day whatever the panel's zone", () => {
    const day = new Date(Date.UTC(2026, 11, 31));
    for (const zone of ["Asia/Dhaka", "UTC", "America/New_York", "Pacific/Kiritimati"]) {
      expect(dayTextIn(dayEndIn(day, zone), zone), zone).toBe("31/12/2026");
    }
    expect(dayEndIn(day, "Asia/Dhaka").toISOString()).toBe("2026-12-31T17:59:59.999Z");
  });
});
