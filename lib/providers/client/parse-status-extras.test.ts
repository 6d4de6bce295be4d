import { describe, expect, it } from "vitest";
import { readDay, readIdList } from "./parse-status-extras";
import { parseStatus, parseStatuses } from "./parse-status";

describe("drip-feed and subscription status answers", () => {
  it("reads a drip-feed parent: runs as a string, orders as an array or a comma list", () => {
    const parent = parseStatus({
      charge: "1.2",
      start_count: "3",
      status: "In progress",
      remains: "300",
      currency: "usd",
      runs: "2",
      orders: [11, "12"],
    });
    expect(parent).toMatchObject({ status: "in_progress", remains: 300, runs: 2, childIds: ["11", "12"] });
    expect(parseStatus({ status: "Canceled", runs: 2, orders: " 11, 12 ,11" })).toMatchObject({ runs: 2, childIds: ["11", "12"] });
  });

  it("reads a subscription in any case and spacing, with posts, children and expiry", () => {
    const answer = parseStatuses({ "9": { Status: " EXPIRED ", Posts: "3", Orders: ["5", "6"], Expiry: "31/12/2026", charge: "3" } }, [
      "9",
    ]);
    expect(answer.get("9")).toMatchObject({ status: "expired", posts: 3, childIds: ["5", "6"], expiry: new Date(Date.UTC(2026, 11, 31)) });
  });

  it("reads a child's quantity and leaves unreadable or absent keys out", () => {
    expect(parseStatus({ status: "Completed", quantity: "80", remains: "0" })).toMatchObject({ quantity: 80, remains: 0 });
    const plain = parseStatus({ status: "Pending", runs: "Unknown", posts: "", orders: null, expiry: "soon", quantity: "-1" });
    for (const key of ["runs", "posts", "childIds", "expiry", "quantity"]) expect(plain).not.toHaveProperty(key);
  });

  it("reads days tolerantly and refuses impossible ones", () => {
    expect(readDay("1/2/2027")).toEqual(new Date(Date.UTC(2027, 1, 1)));
    expect(readDay("2027-02-01 10:00:00")).toEqual(new Date(Date.UTC(2027, 1, 1)));
    expect(readDay("31/02/2027")).toBeNull();
    expect(readDay(null)).toBeNull();
    expect(readIdList("")).toEqual([]);
    expect(readIdList({})).toBeNull();
  });
});
