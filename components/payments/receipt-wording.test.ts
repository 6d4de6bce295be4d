import { describe, expect, it } from "vitest";
import { amountWording } from "./receipt-wording";

describe("amountWording", () => {
  it("says credited only once the balance was credited", () => {
    expect(amountWording("COMPLETED", false)).toBe("credited");
    expect(amountWording("APPROVED", false)).toBe("credited");
  });

  it("says a submitted bKash/Nagad transfer is credited after review", () => {
    expect(amountWording("SUBMITTED", false)).toBe("afterReview");
  });

  it("says a gateway payment held for review is credited after review, one still open once paid", () => {
    expect(amountWording("PENDING", true)).toBe("afterReview");
    expect(amountWording("PENDING", false)).toBe("oncePaid");
    expect(amountWording("INITIATED", false)).toBe("oncePaid");
  });

  it("never says credited for a refused, failed or refunded payment", () => {
    for (const status of ["REJECTED", "FAILED", "CANCELED", "EXPIRED"]) expect(amountWording(status, false)).toBe("notCredited");
    expect(amountWording("REFUNDED", false)).toBe("refunded");
  });
});
