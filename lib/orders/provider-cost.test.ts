import { describe, expect, it } from "vitest";
import { estimatedProviderCharge } from "./provider-cost";

describe("the provider's expected charge", () => {
  it("scales our charge by its rate over ours, to 7 places", () => {
    // ৳12.50 for 1,000 at our ৳125/1000; the provider sells at $0.80/1000 → $0.08.
    expect(estimatedProviderCharge({ charge: "12.5000", rate: "125.0000" }, "0.8")).toBe("0.08");
    expect(estimatedProviderCharge({ charge: "10.0000", rate: "3.0000" }, "0.1")).toBe("0.3333333");
  });

  it("is unknown without a provider rate or a price", () => {
    expect(estimatedProviderCharge({ charge: "10.0000", rate: "3.0000" }, null)).toBeNull();
    expect(estimatedProviderCharge({ charge: "0.0000", rate: "0.0000" }, "1")).toBeNull();
  });
});
