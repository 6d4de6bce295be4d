// Issue 17: admins keep the deposit-bonus rules (settings.manage, audited); bad rules are refused by field.
import { inRequestScope } from "@/tests/bad-input/request-scope"; // first: it sets up Next's request storage
import { afterEach, describe, expect, it, vi } from "vitest";
import { saveBonusRuleAction } from "@/lib/actions/admin/deposit-bonuses";
import { db } from "@/lib/db";
import { createUser, sessionCookie } from "@/tests/factories";
import { listBonusRules } from "./bonus-rules";
import type { BonusRuleInput } from "./schemas";

// Outside a Next request there is no cache to revalidate (as in lib/users/set-dollar-rate.int.test.ts).
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

// Rules are panel-wide: none may outlive its test.
afterEach(async () => {
  await db.depositBonusRule.deleteMany({});
});

const as = async (user: Parameters<typeof sessionCookie>[0]) => {
  const headers = new Headers({ origin: "http://localhost:3999", host: "localhost:3999", "x-forwarded-for": "203.0.113.93" });
  headers.set("cookie", await sessionCookie(user));
  return <T>(run: () => Promise<T>) => inRequestScope(headers, run);
};
const auditRows = () =>
  db.auditLog.findMany({ where: { objectType: "deposit_bonus_rule" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
const valid: BonusRuleInput = { method: "BKASH_MANUAL", minAmount: "1000", maxAmount: "", percent: "3", active: true };

describe("deposit-bonus rules", () => {
  it("are created, changed and switched off by an admin, each change audited once, and only active ones reach customers", async () => {
    await db.auditLog.deleteMany({ where: { objectType: "deposit_bonus_rule" } });
    const admin = await createUser({ role: "ADMIN" });
    const asAdmin = await as(admin);

    const created = await asAdmin(() => saveBonusRuleAction(valid));
    expect(created).toMatchObject({
      success: true,
      data: { method: "BKASH_MANUAL", minAmount: "1000.00", maxAmount: null, percent: "3", active: true },
    });
    const id = created.success ? created.data.id : "";
    const changed = await asAdmin(() => saveBonusRuleAction({ ...valid, id, method: "EVERY", maxAmount: "4999.99", percent: "2.5" }));
    expect(changed).toMatchObject({ success: true, data: { id, method: null, maxAmount: "4999.99", percent: "2.5" } });
    // The same values again (written differently) change nothing and are not audited.
    expect(
      await asAdmin(() =>
        saveBonusRuleAction({ id, method: "EVERY", minAmount: "1000.00", maxAmount: "4999.99", percent: "2.50", active: true }),
      ),
    ).toMatchObject({ success: true, data: { id, percent: "2.5" } });
    expect(await listBonusRules({ activeOnly: true })).toHaveLength(1);
    await asAdmin(() => saveBonusRuleAction({ ...valid, id, method: "EVERY", maxAmount: "4999.99", percent: "2.5", active: false }));
    expect(await listBonusRules({ activeOnly: true })).toEqual([]);
    expect(await listBonusRules({ activeOnly: false })).toMatchObject([{ id, active: false }]);

    const rows = await auditRows();
    expect(rows.map((row) => row.action)).toEqual(["deposit_bonus_rule.create", "deposit_bonus_rule.update", "deposit_bonus_rule.update"]);
    expect(rows[0]).toMatchObject({ actorId: admin.id, objectId: id, before: null });
    expect(rows[1]).toMatchObject({
      before: { method: "BKASH_MANUAL", minAmount: "1000.00", maxAmount: null, percent: "3", active: true },
      after: { method: null, minAmount: "1000.00", maxAmount: "4999.99", percent: "2.5", active: true },
    });
    expect(rows[2]).toMatchObject({ before: { active: true }, after: { active: false } });
  });

  it("refuses bad rules with a 422 naming the field, and staff without settings.manage; nothing is written", async () => {
    const [admin, support] = await Promise.all([createUser({ role: "ADMIN" }), createUser({ role: "SUPPORT" })]);
    const refused = await (await as(support))(() => saveBonusRuleAction(valid));
    expect(refused).toMatchObject({ success: false, error: { code: "forbidden" } });

    const asAdmin = await as(admin);
    const cases: [Partial<Record<keyof BonusRuleInput, unknown>>, string, string][] = [
      [{ percent: "0" }, "percent", "validation.depositBonus.percent"],
      [{ percent: "100.01" }, "percent", "validation.depositBonus.percent"],
      [{ percent: "-3" }, "percent", "validation.depositBonus.percent"],
      [{ percent: "2.555" }, "percent", "validation.depositBonus.percent"],
      [{ percent: "abc" }, "percent", "validation.depositBonus.percent"],
      [{ minAmount: "-1" }, "minAmount", "validation.depositBonus.amount"],
      [{ minAmount: "" }, "minAmount", "validation.depositBonus.amount"],
      [{ minAmount: "10.001" }, "minAmount", "validation.depositBonus.amount"],
      [{ maxAmount: "999.99" }, "maxAmount", "validation.depositBonus.maxBelowMin"],
      [{ maxAmount: "1e5" }, "maxAmount", "validation.depositBonus.amount"],
      [{ method: "PAYPAL" }, "method", "validation.invalid"],
      [{ method: null }, "method", "validation.invalid"],
    ];
    for (const [change, field, key] of cases) {
      const bad = await asAdmin(() => saveBonusRuleAction({ ...valid, ...change } as BonusRuleInput));
      expect(bad, JSON.stringify(change)).toMatchObject({ success: false, error: { code: "validation_failed" } });
      const issues = (bad as unknown as { error: { details: { issues: { field: string; key: string }[] } } }).error.details.issues;
      expect(issues, JSON.stringify(change)).toContainEqual(expect.objectContaining({ field, key }));
    }
    // 100 % and a band of one amount are allowed.
    expect(await asAdmin(() => saveBonusRuleAction({ ...valid, percent: "100", maxAmount: "1000" }))).toMatchObject({ success: true });
    await db.depositBonusRule.deleteMany({});

    const unknown = await asAdmin(() => saveBonusRuleAction({ ...valid, id: "no-such-rule" }));
    expect(unknown).toMatchObject({ success: false, error: { code: "not_found" } });
    expect(await db.depositBonusRule.count()).toBe(0);
  });
});
