import { describe, expect, it } from "vitest";
import { customerPlan } from "./customer-plan";

describe("reading a range per customer", () => {
  it("takes whole months as a block", () => {
    expect(customerPlan({ from: "2025-03-01", to: "2025-05-31" })).toEqual({
      block: { first: "2025-03-01", last: "2025-05-01" },
      plus: [],
      minus: [],
    });
  });

  it("joins an edge month to the block when fewer of its days lie outside, and subtracts them", () => {
    // A year to 6 December: December 2025 from the 6th (5 days outside) joins; December 2026 to the 6th (25 outside) does not.
    expect(customerPlan({ from: "2025-12-06", to: "2026-12-06" })).toEqual({
      block: { first: "2025-12-01", last: "2026-11-01" },
      plus: [{ from: "2026-12-01", to: "2026-12-06" }],
      minus: [{ from: "2025-12-01", to: "2025-12-05" }],
    });
    expect(customerPlan({ from: "2025-01-28", to: "2025-03-29" })).toEqual({
      block: { first: "2025-02-01", last: "2025-03-01" },
      plus: [{ from: "2025-01-28", to: "2025-01-31" }],
      minus: [{ from: "2025-03-30", to: "2025-03-31" }],
    });
  });

  it("reads a month with a few days cut off as the month minus those days", () => {
    expect(customerPlan({ from: "2024-02-03", to: "2024-02-29" })).toEqual({
      block: { first: "2024-02-01", last: "2024-02-01" },
      plus: [],
      minus: [{ from: "2024-02-01", to: "2024-02-02" }],
    });
  });

  it("reads short ranges day by day", () => {
    expect(customerPlan({ from: "2025-03-10", to: "2025-03-12" })).toEqual({
      block: null,
      plus: [{ from: "2025-03-10", to: "2025-03-12" }],
      minus: [],
    });
    expect(customerPlan({ from: "2025-03-20", to: "2025-04-10" })).toEqual({
      block: null,
      plus: [{ from: "2025-03-20", to: "2025-04-10" }],
      minus: [],
    });
  });
});
