import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import type { PaymentMethodName } from "@/lib/settings/definitions";
import type { BonusRule } from "./bonus-rule";
import type { BonusRuleValues } from "./schemas";

type Actor = { id: string; ip?: string | null; requestId?: string | null };

/** A rule in plain JSON: amounts with 2 decimals, the percent as short as it reads ("3", "2.5"). */
export type BonusRuleView = BonusRule & {
  minAmount: string;
  maxAmount: string | null;
  percent: string;
  updatedAt: string;
};

type Row = {
  id: string;
  method: PaymentMethodName | null;
  minAmount: { toString(): string };
  maxAmount: { toString(): string } | null;
  percent: { toString(): string };
  active: boolean;
  updatedAt: Date;
};

function toView(row: Row): BonusRuleView {
  return {
    id: row.id,
    method: row.method,
    minAmount: money(row.minAmount).toFixed(2),
    maxAmount: row.maxAmount === null ? null : money(row.maxAmount).toFixed(2),
    percent: money(row.percent).toFixed(),
    active: row.active,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Every rule for the admin page (active first, then by method and band), or only the active ones for customers. */
export async function listBonusRules(options: { activeOnly: boolean }): Promise<BonusRuleView[]> {
  const rows = await db.depositBonusRule.findMany({
    where: options.activeOnly ? { active: true } : {},
    orderBy: [{ active: "desc" }, { method: "asc" }, { minAmount: "asc" }, { id: "asc" }],
  });
  return rows.map(toView);
}

const audited = (view: BonusRuleView) => ({
  method: view.method,
  minAmount: view.minAmount,
  maxAmount: view.maxAmount,
  percent: view.percent,
  active: view.active,
});

/**
 * Creates a rule, or changes one (switching it off included: rules are never deleted, so every bonus
 * already credited still names a rule that existed). Audited with before and after; saving a rule
 * unchanged writes nothing. A change applies to payments credited from then on, never to past ones.
 */
export async function saveBonusRule(input: BonusRuleValues, actor: Actor): Promise<BonusRuleView> {
  const next = {
    method: input.method === "EVERY" ? null : input.method,
    minAmount: money(input.minAmount).toFixed(2),
    maxAmount: input.maxAmount === "" ? null : money(input.maxAmount).toFixed(2),
    percent: money(input.percent).toFixed(),
    active: input.active,
  };
  return db.$transaction(async (tx) => {
    const before = input.id ? await tx.depositBonusRule.findUnique({ where: { id: input.id } }) : null;
    if (input.id && !before) throw notFound("Bonus rule");
    const was = before ? audited(toView(before)) : null;
    if (before && JSON.stringify(was) === JSON.stringify(next)) return toView(before);
    const row = before
      ? await tx.depositBonusRule.update({ where: { id: before.id }, data: next })
      : await tx.depositBonusRule.create({ data: next });
    await recordAudit(tx, {
      actorId: actor.id,
      action: before ? "deposit_bonus_rule.update" : "deposit_bonus_rule.create",
      objectType: "deposit_bonus_rule",
      objectId: row.id,
      ...(was ? { before: was } : {}),
      after: next,
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return toView(row);
  });
}
