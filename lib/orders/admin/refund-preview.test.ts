import { describe, expect, it } from "vitest";
import { bulkRefundPreview, refundPreview } from "./refund-preview";

const order = { charge: "190.6250", refunded: "0.0000", quantity: 1000 };

describe("refundPreview", () => {
  it("gives back what is left of the charge for a cancel or a failed forward", () => {
    expect(refundPreview({ ...order, to: "CANCELED" })).toBe("190.625");
    expect(refundPreview({ ...order, to: "FORWARD_FAILED", refunded: "90.625" })).toBe("100");
  });

  it("gives back the undelivered share of a partial, rounded down", () => {
    expect(refundPreview({ ...order, to: "PARTIAL", remains: 333 })).toBe("63.4781");
  });

  it("is null where nothing is refunded", () => {
    expect(refundPreview({ ...order, to: "COMPLETED" })).toBeNull();
    expect(refundPreview({ ...order, to: "CANCELED", refunded: "190.6250" })).toBeNull();
    expect(refundPreview({ ...order, to: "PARTIAL", remains: null })).toBeNull();
  });
});

describe("bulkRefundPreview", () => {
  it("adds each order's refund exactly", () => {
    const orders = [order, { charge: "0.1", refunded: "0", quantity: 10 }, { charge: "0.2", refunded: "0", quantity: 10 }];
    expect(bulkRefundPreview(orders, "CANCELED")).toBe("190.925");
    expect(bulkRefundPreview(orders, "PARTIAL", 5)).toBe("1.1031");
  });

  it("is null when the move refunds nothing", () => {
    expect(bulkRefundPreview([order], "COMPLETED")).toBeNull();
    expect(bulkRefundPreview([], "CANCELED")).toBeNull();
  });
});
