import type { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { money } from "@/lib/money/money";
import { postLedgerEntry } from "./post-ledger-entry";
import type { adjustBalanceSchema } from "./schemas";

type Actor = { id: string; ip?: string | null; requestId?: string | null };

/**
 * An admin's credit or debit with a required reason: one ledger entry and one audit record in the
 * same transaction. The caller has checked `wallet.adjust`.
 */
export async function adjustBalance(input: z.infer<typeof adjustBalanceSchema>, actor: Actor) {
  const signed = input.direction === "credit" ? money(input.amount) : money(input.amount).neg();
  return db.$transaction(async (tx) => {
    const entry = await postLedgerEntry(tx, {
      userId: input.userId,
      kind: input.direction === "credit" ? "ADJUSTMENT_CREDIT" : "ADJUSTMENT_DEBIT",
      amount: signed,
      referenceType: "adjustment",
      referenceId: input.adjustmentId,
      actorId: actor.id,
      memo: input.reason,
    });
    const before = money(entry.balanceAfter).minus(money(entry.amount));
    await recordAudit(tx, {
      actorId: actor.id,
      action: `wallet.${input.direction}`,
      objectType: "user",
      objectId: input.userId,
      before: { balance: before.toFixed(4) },
      after: { balance: money(entry.balanceAfter).toFixed(4), amount: money(entry.amount).toFixed(4), reason: input.reason },
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return { entryId: entry.id, balance: money(entry.balanceAfter).toFixed(4) };
  });
}
