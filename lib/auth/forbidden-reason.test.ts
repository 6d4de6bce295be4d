import { describe, expect, it } from "vitest";
import { forbiddenPath, forbiddenReason } from "./forbidden-reason";

describe("forbiddenReason", () => {
  it("tells a customer, or nobody, that the part is for staff only", () => {
    expect(forbiddenReason("CUSTOMER", "payments.read")).toEqual({ kind: "staffOnly" });
    expect(forbiddenReason(null, undefined)).toEqual({ kind: "staffOnly" });
  });

  it("tells support which permission their role lacks", () => {
    expect(forbiddenReason("SUPPORT", "reports.read")).toEqual({ kind: "permission", role: "SUPPORT", permission: "reports.read" });
  });

  it("names no permission the role has, and none that does not exist", () => {
    expect(forbiddenReason("SUPPORT", "payments.read")).toEqual({ kind: "permission", role: "SUPPORT", permission: null });
    expect(forbiddenReason("SUPPORT", "<script>")).toEqual({ kind: "permission", role: "SUPPORT", permission: null });
    expect(forbiddenReason("ADMIN", undefined)).toEqual({ kind: "permission", role: "ADMIN", permission: null });
  });

  it("round-trips through the path a refusing page sends to", () => {
    const need = new URL(forbiddenPath("settings.manage"), "http://x").searchParams.get("need") ?? undefined;
    expect(forbiddenReason("SUPPORT", need)).toMatchObject({ permission: "settings.manage" });
  });
});
