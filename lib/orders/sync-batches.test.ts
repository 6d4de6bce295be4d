import { describe, expect, it } from "vitest";
import { packBatches, type OpenChild } from "./sync-batches";

const order = (id: number) => ({ id, providerOrderId: `p${id}` });
const kids = (orderId: number, count: number): OpenChild[] =>
  Array.from({ length: count }, (_, index) => ({ id: `c${orderId}-${index}`, orderId, providerOrderId: `k${orderId}-${index}` }));

describe("status batches", () => {
  it("keeps plain orders 100 to a call", () => {
    const batches = packBatches(
      Array.from({ length: 250 }, (_, index) => order(index + 1)),
      new Map(),
      100,
    );
    expect(batches.map((batch) => batch.calls.map((call) => call.length))).toEqual([[100], [100], [50]]);
  });

  it("asks a parent and its open children in the same call, never more than 100 ids a call", () => {
    const children = new Map([[2, kids(2, 30)]]);
    const batches = packBatches(
      Array.from({ length: 80 }, (_, index) => order(index + 1)),
      children,
      100,
    );
    expect(batches).toHaveLength(2);
    const withParent = batches.find((batch) => batch.orders.some((one) => one.id === 2))!;
    expect(withParent.calls).toHaveLength(1);
    expect(withParent.calls[0]).toEqual(expect.arrayContaining(["p2", "k2-0", "k2-29"]));
    for (const batch of batches) for (const call of batch.calls) expect(call.length).toBeLessThanOrEqual(100);
    expect(batches.flatMap((batch) => batch.orders)).toHaveLength(80);
  });

  it("gives an order with more children than a call holds its own batch of several calls", () => {
    const batches = packBatches([order(1), order(2), order(3)], new Map([[2, kids(2, 150)]]), 100);
    expect(batches.map((batch) => batch.orders.map((one) => one.id))).toEqual([[1], [2], [3]]);
    expect(batches[1].calls.map((call) => call.length)).toEqual([100, 51]);
    expect(batches[1].children).toHaveLength(150);
  });
});
