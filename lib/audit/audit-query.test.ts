import { describe, expect, it } from "vitest";
import { readAuditQuery } from "./audit-query";

describe("readAuditQuery", () => {
  it("keeps the filled filters and leaves blank ones out", () => {
    expect(
      readAuditQuery({
        actor: " admin@demo.test ",
        action: "order.admin_cancel",
        objectType: "order",
        objectId: "42",
        from: "2026-12-01",
        to: "",
      }),
    ).toEqual({
      query: { actor: "admin@demo.test", action: "order.admin_cancel", objectType: "order", objectId: "42", from: "2026-12-01" },
      errors: {},
    });
  });

  it("reports an impossible date on its field and still searches by the rest", () => {
    expect(readAuditQuery({ actor: "admin", from: "2026-02-30", to: "2026-13-01" })).toEqual({
      query: { actor: "admin" },
      errors: { from: { key: "validation.date" }, to: { key: "validation.date" } },
    });
  });

  it("reports a range that ends before it starts on `to`", () => {
    expect(readAuditQuery({ from: "2026-12-05", to: "2026-12-01" })).toEqual({
      query: { from: "2026-12-05" },
      errors: { to: { key: "validation.dateOrder" } },
    });
  });

  it("refuses malformed actions, object types and cursors, and takes the first of repeated parameters", () => {
    const { query, errors } = readAuditQuery({ action: "DROP TABLE", objectType: "order;", cursor: "../x", objectId: ["7", "8"] });
    expect(query).toEqual({ objectId: "7" });
    expect(Object.keys(errors).sort()).toEqual(["action", "cursor", "objectType"]);
  });
});
