import { describe, expect, it } from "vitest";
import { customerHistory, deliveredCount, type StoredOrderEvent } from "./customer-history";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
const event = (minute: number, kind: string, toStatus: string | null = null, data: unknown = null, message = "secret"): StoredOrderEvent =>
  Object.assign({ kind, toStatus, data, createdAt: at(minute) }, { message });

describe("customerHistory", () => {
  it("tells a partial order's story in steps, with counts and the refund, oldest first", () => {
    const steps = customerHistory(
      [
        event(5, "status_sync", "PARTIAL", { remains: 300, refunded: "12.5000" }, "Provider says Partial"),
        event(0, "created", "PENDING", { charge: "41.6667", units: 1000, source: "web" }),
        event(1, "forward_attempt", null, null, "Sending to the provider"),
        event(2, "forwarded", "PROCESSING", { providerOrderId: "998877" }, "Provider order 998877"),
        event(3, "status_sync", "IN_PROGRESS", { startCount: 1200, remains: 1000 }, "Provider says In progress"),
      ],
      { quantity: 1000, remains: 300 },
    );
    expect(steps).toEqual([
      { at: at(0), step: "placed", charge: "41.6667" },
      { at: at(2), step: "sent" },
      { at: at(3), step: "inProgress", startCount: 1200 },
      { at: at(5), step: "partial", delivered: 700, quantity: 1000, refunded: "12.5000" },
    ]);
  });

  it("never carries an event's message, provider ids or unknown data fields", () => {
    const steps = customerHistory(
      [
        event(0, "forwarded", "PROCESSING", { providerOrderId: "998877", provider: "Acme SMM" }, "Provider order 998877"),
        event(1, "admin_attach", "PROCESSING", { by: "admin" }, "Provider order 5 attached by an admin"),
        event(2, "forward_unrecorded", null, { providerOrderId: "998877" }, "raw answer"),
        event(3, "refill_deferred", null, { requestId: "r1" }, "Not sent: timeout"),
        event(4, "refill_pending", null, { requestId: "r1" }, "claim put back"),
        event(5, "a_kind_from_the_future", "COMPLETED", null, "unknown"),
      ],
      { quantity: 10, remains: null },
    );
    expect(JSON.stringify(steps)).not.toMatch(/998877|Acme|admin|raw|timeout|Provider/);
    expect(steps.map((step) => step.step)).toEqual(["sent", "sent"]);
  });

  it("names refill and cancel requests by their outcome", () => {
    const kinds = ["refill_requested", "refill_sent", "refill_in_progress", "refill_completed", "cancel_rejected", "cancel_failed"];
    const steps = customerHistory(
      kinds.map((kind, index) => event(index, kind)),
      { quantity: 10, remains: 0 },
    );
    expect(steps.map((step) => ("outcome" in step ? `${step.step}:${step.outcome}` : step.step))).toEqual([
      "refill:requested",
      "refill:sent",
      "refill:inProgress",
      "refill:done",
      "cancel:rejected",
      "cancel:failed",
    ]);
  });

  it("takes a final step's counts from the order when its event has none, and ignores malformed values", () => {
    const steps = customerHistory(
      [event(0, "status_sync", "IN_PROGRESS", { startCount: -4 }), event(1, "admin_complete", "COMPLETED", { remains: "x" })],
      { quantity: 500, remains: 20 },
    );
    expect(steps).toEqual([
      { at: at(0), step: "inProgress", startCount: null },
      { at: at(1), step: "completed", delivered: 480, quantity: 500 },
    ]);
    const canceled = customerHistory([event(0, "admin_cancel", "CANCELED", { refunded: "1e9" })], { quantity: 5, remains: null });
    expect(canceled).toEqual([{ at: at(0), step: "canceled", refunded: null }]);
  });

  it("shows an uncertain spell and a resend in plain steps", () => {
    const steps = customerHistory(
      [
        event(0, "forward_uncertain", "UNCERTAIN"),
        event(1, "admin_resend", "PENDING"),
        event(2, "forward_rejected", "FORWARD_FAILED", { refunded: "3.0000" }),
      ],
      { quantity: 5, remains: null },
    );
    expect(steps.map((step) => step.step)).toEqual(["checking", "requeued", "failed"]);
    expect(steps[2]).toMatchObject({ refunded: "3.0000" });
  });
});

describe("deliveredCount", () => {
  it("is quantity less remains, all of it for a completed order without a count, unknown otherwise", () => {
    expect(deliveredCount("IN_PROGRESS", 1000, 250)).toBe(750);
    expect(deliveredCount("PARTIAL", 1000, 1500)).toBe(0);
    expect(deliveredCount("COMPLETED", 1000, null)).toBe(1000);
    expect(deliveredCount("PROCESSING", 1000, null)).toBeNull();
  });
});
