// The landing page's delivered-orders count reads the report totals; they must agree with the orders.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { trustCounts } from "./trust-counts";

describe("trustCounts", () => {
  it("counts delivered orders (completed and partial) as the orders table does, and nothing the owner hid", async () => {
    // Integration files run one after another, so nothing writes orders between the two reads.
    const [counts, delivered] = await Promise.all([
      trustCounts({ deliveredOrders: true, customers: false }),
      db.order.count({ where: { status: { in: ["COMPLETED", "PARTIAL"] } } }),
    ]);
    expect(counts).toEqual({ deliveredOrders: delivered, customers: null });
    expect(await trustCounts({ deliveredOrders: false, customers: false })).toEqual({ deliveredOrders: null, customers: null });
  });
});
