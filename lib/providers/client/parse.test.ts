import { describe, expect, it } from "vitest";
import { toBool, toInt, toMoney } from "./coerce";
import { ProviderError } from "./errors";
import { parseAdd } from "./parse-add";
import { parseBalance } from "./parse-balance";
import { parseRefill } from "./parse-refill";
import { parseServices } from "./parse-services";
import { parseStatus, parseStatuses } from "./parse-status";

describe("tolerant values", () => {
  it("reads money exactly from strings and JSON numbers, never through float arithmetic", () => {
    expect(toMoney("0.0012345")?.toFixed()).toBe("0.0012345");
    expect(toMoney(" 100.8429200 ")?.toFixed(7)).toBe("100.8429200");
    expect(toMoney(0.1)?.plus(toMoney(0.2)!).toFixed()).toBe("0.3");
    expect(toMoney("1e-7")?.toFixed()).toBe("0.0000001");
    expect([toMoney("12,5"), toMoney(""), toMoney("abc"), toMoney(null), toMoney(Number.NaN)]).toEqual([null, null, null, null, null]);
  });

  it("reads integers from strings and rejects fractions and words", () => {
    expect([toInt("12"), toInt(" 7 "), toInt(3), toInt("10.0"), toInt("-4")]).toEqual([12, 7, 3, 10, -4]);
    expect([toInt("Unknown"), toInt(""), toInt("1.5"), toInt(null), toInt("99999999999999999999")]).toEqual([null, null, null, null, null]);
  });

  it("reads booleans in every form seen", () => {
    expect([true, 1, "1", "true", "TRUE", "yes"].map(toBool)).toEqual([true, true, true, true, true, true]);
    expect([false, 0, "0", "false", "no", ""].map(toBool)).toEqual([false, false, false, false, false, false]);
    expect([2, "maybe", null, undefined].map(toBool)).toEqual([null, null, null, null]);
  });
});

describe("services answer shapes", () => {
  const entry = { service: 9, name: "Views", rate: "0.01", min: 1, max: 10 };

  it("accepts a wrapped list and a list keyed by id", () => {
    expect(parseServices({ services: [entry] }).services).toHaveLength(1);
    expect(parseServices({ "9": entry }).services[0].serviceId).toBe("9");
  });

  it("reads field names in any case and skips duplicate ids", () => {
    const list = parseServices([
      { Service: 1, Name: "A", Rate: "2", Min: "1", Max: "5", Refill: "1" },
      { ...entry, service: 1 },
    ]);
    expect(list.services[0]).toMatchObject({ serviceId: "1", name: "A", refill: true });
    expect(list.skipped).toEqual([{ index: 1, serviceId: "1", problem: "duplicate service id" }]);
  });

  it("skips negative rates and max below min", () => {
    const list = parseServices([
      { ...entry, rate: "-1" },
      { ...entry, service: 2, min: 10, max: 5 },
    ]);
    expect(list.services).toEqual([]);
    expect(list.skipped).toHaveLength(2);
  });

  it("throws a protocol error for an answer that is not a list", () => {
    expect(() => parseServices("nope")).toThrow(ProviderError);
    expect(() => parseServices({ message: "hi" })).toThrow(expect.objectContaining({ kind: "protocol" }));
  });
});

describe("status, add, refill and balance answers", () => {
  it("reads status fields in any case and keeps unknown status text", () => {
    expect(parseStatus({ Charge: "0.5", START_COUNT: 10, Status: "Queued", Remains: 3 })).toMatchObject({
      status: "unknown",
      rawStatus: "Queued",
      startCount: 10,
      remains: 3,
    });
  });

  it("throws protocol for a status answer without status; per id it becomes an error entry", () => {
    expect(() => parseStatus({ charge: "1" })).toThrow(expect.objectContaining({ kind: "protocol", action: "status" }));
    expect(parseStatuses({ "1": { charge: "1" }, "2": 5 }, ["1", "2"]).get("1")).toEqual({ error: "The answer has no status" });
    expect(parseStatuses([{ order: 4, status: "Pending" }], ["4"]).get("4")).toMatchObject({ status: "pending" });
  });

  it("reads add answers with numeric or string ids; none is a write with unknown outcome", () => {
    expect(parseAdd({ order: 23501 })).toEqual({ providerOrderId: "23501" });
    expect(parseAdd({ status: "success", order: "A-1" })).toEqual({ providerOrderId: "A-1" });
    expect(() => parseAdd({ order: null })).toThrow(expect.objectContaining({ kind: "protocol", outcomeUnknown: true }));
    expect(() => parseAdd([23501])).toThrow(ProviderError);
  });

  it("reads refill ids and rejects answers without one", () => {
    expect(parseRefill({ refill: "77" })).toEqual({ refillId: "77" });
    expect(() => parseRefill({ refill: { error: "Order not eligible for refill." } })).toThrow(/not eligible/);
  });

  it("reads a negative balance (credit) exactly", () => {
    expect(parseBalance({ balance: "-3.1400001", currency: "BDT" }).balance.toFixed()).toBe("-3.1400001");
  });
});
