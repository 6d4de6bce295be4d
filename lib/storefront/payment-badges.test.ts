import { describe, expect, it } from "vitest";
import { paymentBadges } from "./payment-badges";

describe("paymentBadges", () => {
  it("shows what SSLCommerz takes, once, beside the manual transfers", () => {
    expect(paymentBadges(["BKASH_MANUAL", "SSLCOMMERZ", "NAGAD_MANUAL"])).toEqual(["bkash", "nagad", "rocket", "card"]);
  });

  it("shows only the manual methods that are set up, and marks the sandbox as a test", () => {
    expect(paymentBadges(["NAGAD_MANUAL", "SANDBOX"])).toEqual(["nagad", "test"]);
    expect(paymentBadges([])).toEqual([]);
  });
});
