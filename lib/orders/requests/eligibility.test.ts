import { describe, expect, it } from "vitest";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { canRequestCancel, canRequestRefill, cancelRefusal, refillRefusal } from "./eligibility";
import { OPEN_REQUEST_STATUSES, REQUEST_TRANSITIONS, requestStatusesLeadingTo } from "./request-states";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-03-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const ALL: OrderStatus[] = ["PENDING", "PROCESSING", "IN_PROGRESS", "COMPLETED", "PARTIAL", "CANCELED", "FORWARD_FAILED", "UNCERTAIN"];

const refillable = (
  status: OrderStatus,
  finishedAt: Date | null = ago(DAY),
  service = { refill: true, refillDays: null as number | null },
) => ({ status, finishedAt, service });

describe("canRequestRefill", () => {
  it("allows only completed or partial orders", () => {
    for (const status of ALL)
      expect(canRequestRefill(refillable(status), now), status).toBe(status === "COMPLETED" || status === "PARTIAL");
  });

  it("refuses a service without refill", () => {
    expect(canRequestRefill(refillable("COMPLETED", ago(DAY), { refill: false, refillDays: 30 }), now)).toBe(false);
    expect(refillRefusal(refillable("COMPLETED", ago(DAY), { refill: false, refillDays: 30 }), now)).toEqual({
      key: "validation.order.refill.noRefill",
    });
  });

  it("allows 30 days after finishing when the service names no period, and not a moment longer", () => {
    expect(canRequestRefill(refillable("COMPLETED", ago(30 * DAY)), now)).toBe(true);
    expect(canRequestRefill(refillable("COMPLETED", ago(30 * DAY + 1)), now)).toBe(false);
    expect(refillRefusal(refillable("COMPLETED", ago(31 * DAY)), now)).toEqual({
      key: "validation.order.refill.ended",
      values: { days: 30 },
    });
  });

  it("uses the service's refillDays", () => {
    const service = { refill: true, refillDays: 7 };
    expect(canRequestRefill(refillable("PARTIAL", ago(7 * DAY), service), now)).toBe(true);
    expect(canRequestRefill(refillable("PARTIAL", ago(8 * DAY), service), now)).toBe(false);
    expect(canRequestRefill(refillable("COMPLETED", ago(59 * DAY), { refill: true, refillDays: 60 }), now)).toBe(true);
  });

  it("refuses a finished order without a finish date (the window cannot be checked)", () => {
    expect(canRequestRefill(refillable("COMPLETED", null), now)).toBe(false);
  });
});

describe("canRequestCancel", () => {
  it("allows only pending, processing or in-progress orders of cancelable services", () => {
    for (const status of ALL) {
      expect(canRequestCancel({ status, service: { cancel: true } }), status).toBe(
        status === "PENDING" || status === "PROCESSING" || status === "IN_PROGRESS",
      );
      expect(canRequestCancel({ status, service: { cancel: false } }), status).toBe(false);
    }
    expect(cancelRefusal({ status: "IN_PROGRESS", service: { cancel: false } })).toEqual({ key: "validation.order.cancel.noCancel" });
    expect(cancelRefusal({ status: "COMPLETED", service: { cancel: true } })).toEqual({ key: "validation.order.cancel.notRunning" });
  });
});

describe("request states", () => {
  it("only move forward: final states lead nowhere, nothing leads back to PENDING", () => {
    expect(REQUEST_TRANSITIONS.COMPLETED).toEqual([]);
    expect(REQUEST_TRANSITIONS.REJECTED).toEqual([]);
    expect(REQUEST_TRANSITIONS.FAILED).toEqual([]);
    expect(requestStatusesLeadingTo("PENDING")).toEqual([]);
    expect(requestStatusesLeadingTo("SENT")).toEqual(["PENDING"]);
    expect(requestStatusesLeadingTo("COMPLETED").sort()).toEqual(["IN_PROGRESS", "PENDING", "SENT"]);
    expect(requestStatusesLeadingTo("FAILED")).toEqual(["PENDING"]);
  });

  it("counts PENDING, SENT and IN_PROGRESS as open", () => {
    expect([...OPEN_REQUEST_STATUSES].sort()).toEqual(["IN_PROGRESS", "PENDING", "SENT"]);
  });
});
