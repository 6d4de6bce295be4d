import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { actionKey, AUDIT_ACTIONS, AUDIT_OBJECT_TYPES } from "./audit-actions";

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === "object" ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("audit log labels", () => {
  it("every action the code records and every object type has a label in both languages", () => {
    for (const locale of ["en", "bn"] as const) {
      const audit = MESSAGES[locale].adminHistory.audit;
      const actions = audit.actions as Record<string, string>;
      const objects = audit.objects as Record<string, string>;
      expect(
        AUDIT_ACTIONS.filter((action) => !actions[actionKey(action)]),
        `${locale} actions without a label`,
      ).toEqual([]);
      expect(
        AUDIT_OBJECT_TYPES.filter((type) => !objects[type]),
        `${locale} object types without a label`,
      ).toEqual([]);
    }
  });

  it("action keys do not collide once their dots are gone", () => {
    expect(new Set(AUDIT_ACTIONS.map(actionKey)).size).toBe(AUDIT_ACTIONS.length);
  });

  it("the English and Bengali catalogues hold the same keys", () => {
    expect(keys(MESSAGES.bn.adminHistory).sort()).toEqual(keys(MESSAGES.en.adminHistory).sort());
  });
});
