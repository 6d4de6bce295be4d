import { describe, expect, it } from "vitest";
import { auditDiff } from "./audit-diff";
import { auditObjectRef } from "./audit-object";
import { auditValueText, type ValueMessages } from "./audit-value";

describe("auditDiff", () => {
  it("lists only the fields whose values changed", () => {
    expect(
      auditDiff({ rate: "12.5000", min: 10, max: 1000, status: "ACTIVE" }, { rate: "14.0000", min: 10, max: 1000, status: "DISABLED" }),
    ).toEqual([
      { field: "rate", before: "12.5000", after: "14.0000" },
      { field: "status", before: "ACTIVE", after: "DISABLED" },
    ]);
  });

  it("lists every field of a creation or a removal against nothing", () => {
    expect(auditDiff(null, { name: "Demo", apiKeyHint: "…abcd" })).toEqual([
      { field: "name", before: undefined, after: "Demo" },
      { field: "apiKeyHint", before: undefined, after: "…abcd" },
    ]);
    expect(auditDiff({ prefix: "smm_12" }, undefined)).toEqual([{ field: "prefix", before: "smm_12", after: undefined }]);
  });

  it("lists what after records, and leaves out what after does not mention", () => {
    expect(
      auditDiff({ status: "IN_PROGRESS", remains: 0, refunded: "0" }, { status: "PARTIAL", remains: 300, refundedNow: "12.5000" }),
    ).toEqual([
      { field: "status", before: "IN_PROGRESS", after: "PARTIAL" },
      { field: "remains", before: 0, after: 300 },
      { field: "refundedNow", before: undefined, after: "12.5000" },
    ]);
  });

  it("treats the same amount in other decimals, the same object in another key order, and null/absent as unchanged", () => {
    expect(
      auditDiff({ balance: "12.5", value: { a: 1, b: [1, 2] }, note: null }, { balance: "12.5000", value: { b: [1, 2], a: 1 } }),
    ).toEqual([]);
    expect(auditDiff({ value: { a: 1 } }, { value: { a: 2 } })).toEqual([{ field: "value", before: { a: 1 }, after: { a: 2 } }]);
  });

  it("reads a bare value (not an object) as the field `value`", () => {
    expect(auditDiff("Asia/Dhaka", "Asia/Kolkata")).toEqual([{ field: "value", before: "Asia/Dhaka", after: "Asia/Kolkata" }]);
  });
});

describe("auditObjectRef", () => {
  const ref = (objectType: string, objectId: string, extra: { objectName?: string; after?: unknown } = {}) =>
    auditObjectRef({ objectType, objectId, objectName: extra.objectName ?? null, after: extra.after ?? null });

  it("links objects to their admin pages", () => {
    expect(ref("order", "42")).toMatchObject({ type: "order", label: "numbered", href: "/admin/orders/42" });
    expect(ref("user", "cuser1", { objectName: "a@b.test" })).toMatchObject({
      label: "named",
      name: "a@b.test",
      href: "/admin/users/cuser1",
    });
    expect(ref("payment", "cpay1")).toMatchObject({ href: "/admin/payments/cpay1" });
    expect(ref("complaint", "ccase1")).toMatchObject({ href: "/admin/complaints/ccase1" });
    expect(ref("provider", "cprov1", { objectName: "Demo" })).toMatchObject({ label: "named", href: "/admin/providers/cprov1" });
    expect(ref("service", "7")).toMatchObject({ href: "/admin/catalog/services/7" });
    expect(ref("order_request", "creq1", { after: { orderId: 42 } })).toMatchObject({ href: "/admin/orders/42" });
    expect(ref("setting", "reports.timeZone")).toMatchObject({ label: "setting", name: "reports.timeZone", href: "/admin/settings" });
  });

  it("names bulk and unknown objects without a link", () => {
    expect(ref("service", "1,2,3")).toMatchObject({ label: "many", count: 3, href: null });
    expect(ref("order", "open")).toMatchObject({ label: "allOpen", href: "/admin/orders" });
    expect(ref("api_key", "ckey1")).toMatchObject({ label: "numbered", href: null });
    expect(ref("gizmo", "9")).toMatchObject({ type: "other", href: null });
    expect(ref("user", "../../etc")).toMatchObject({ href: null });
  });
});

describe("auditValueText", () => {
  const words: Record<string, string> = { empty: "—", yes: "Yes", no: "No", "words.SUSPENDED": "Suspended" };
  const t = Object.assign((key: string) => words[key] ?? `?${key}`, { has: (key: string) => key in words }) as ValueMessages;

  it("shows amounts as money, counts, ids and labels in the reader's words and digits, typed text as written", () => {
    expect(auditValueText("balance", "1250.5000", "en", t)).toEqual({ text: "৳1,250.50", code: false });
    expect(auditValueText("balance", "1250.5000", "bn", t).text).toBe("৳১,২৫০.৫০");
    expect(auditValueText("remains", 1300, "bn", t).text).toBe("১,৩০০");
    expect(auditValueText("status", "SUSPENDED", "en", t).text).toBe("Suspended");
    expect(auditValueText("providerOrderId", "4521", "bn", t).text).toBe("৪৫২১");
    expect(auditValueText("userId", "cuser1", "bn", t)).toEqual({ text: "cuser1", code: false, typed: true });
    expect(auditValueText("userId", "cuser1", "bn", t, { cuser1: "a@b.test" })).toEqual({ text: "a@b.test", code: false, typed: true });
    expect(auditValueText("reason", "Goodwill", "bn", t)).toEqual({ text: "Goodwill", code: false, typed: true });
    expect(auditValueText("markupValue", "12.5", "bn", t).text).toBe("১২.৫");
    expect(auditValueText("riskHold", true, "en", t).text).toBe("Yes");
    expect(auditValueText("note", undefined, "en", t).text).toBe("—");
    expect(auditValueText("value", { max: 3 }, "en", t)).toEqual({ text: '{"max":3}', code: true });
  });
});
