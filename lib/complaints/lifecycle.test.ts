import { describe, expect, it } from "vitest";
import { canMove, COMPLAINT_STATUSES, replyEffect, statusesLeadingTo } from "./lifecycle";

describe("complaint lifecycle", () => {
  it("moves only forward for staff", () => {
    expect(canMove("OPEN", "IN_PROGRESS", "staff")).toBe(true);
    expect(canMove("IN_PROGRESS", "RESOLVED", "staff")).toBe(true);
    expect(canMove("RESOLVED", "CLOSED", "staff")).toBe(true);
    expect(canMove("OPEN", "REJECTED", "staff")).toBe(true);
    expect(canMove("RESOLVED", "IN_PROGRESS", "staff")).toBe(false);
    expect(canMove("IN_PROGRESS", "OPEN", "staff")).toBe(false);
    for (const to of COMPLAINT_STATUSES) {
      expect(canMove("CLOSED", to, "staff")).toBe(false);
      expect(canMove("REJECTED", to, "staff")).toBe(false);
    }
  });

  it("lets a customer only close", () => {
    expect(canMove("OPEN", "CLOSED", "customer")).toBe(true);
    expect(canMove("RESOLVED", "CLOSED", "customer")).toBe(true);
    expect(canMove("OPEN", "RESOLVED", "customer")).toBe(false);
    expect(canMove("OPEN", "IN_PROGRESS", "customer")).toBe(false);
    expect(canMove("OPEN", "REJECTED", "customer")).toBe(false);
  });

  it("reopens a resolved case on a customer reply and refuses replies on final cases", () => {
    expect(replyEffect("RESOLVED", "customer")).toBe("reopen");
    expect(replyEffect("RESOLVED", "staff")).toBe("none");
    expect(replyEffect("OPEN", "customer")).toBe("none");
    expect(replyEffect("CLOSED", "customer")).toBe("refused");
    expect(replyEffect("REJECTED", "staff")).toBe("refused");
  });

  it("guards each move by the statuses that lead to it", () => {
    expect(statusesLeadingTo("CLOSED").sort()).toEqual(["IN_PROGRESS", "OPEN", "RESOLVED"]);
    expect(statusesLeadingTo("RESOLVED").sort()).toEqual(["IN_PROGRESS", "OPEN"]);
    expect(statusesLeadingTo("OPEN")).toEqual([]);
  });
});
