import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors/app-error";
import { money, toStorage } from "@/lib/money/money";
import { notifyUser } from "@/lib/notifications/notify-user";
import type { decidePayoutSchema } from "./schemas";

type Actor = { id: string; ip?: string | null; requestId?: string | null };

/**
 * An admin pays (PAID, the transfer's TrxID as the note) or rejects (REJECTED, the reason; the amount
 * goes back to the affiliate balance) a bKash/Nagad withdrawal. The move is an update guarded on
 * PENDING, so a double click or two admins decide once: the second gets 409 already_decided. Audited
 * with the admin, and the customer is told in-app, in the same transaction.
 */
export async function decidePayout(actor: Actor, input: z.output<typeof decidePayoutSchema>) {
  const to = input.decision === "approve" ? "PAID" : "REJECTED";
  return db.$transaction(async (tx) => {
    const moved = await tx.affiliatePayout.updateMany({
      where: { id: input.payoutId, status: "PENDING" },
      data: { status: to, note: input.note, decidedById: actor.id, decidedAt: new Date() },
    });
    const payout = await tx.affiliatePayout.findUnique({
      where: { id: input.payoutId },
      select: { id: true, userId: true, amount: true, method: true, accountNumber: true, status: true },
    });
    if (!payout) throw notFound("Payout");
    if (moved.count === 0) throw conflict("already_decided", `This payout is already ${payout.status.toLowerCase()}.`);
    const amount = toStorage(money(payout.amount));
    if (to === "REJECTED") {
      await tx.user.update({ where: { id: payout.userId }, data: { affiliateBalance: { increment: amount } } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: `affiliate_payout.${input.decision}`,
      objectType: "affiliate_payout",
      objectId: payout.id,
      before: { status: "PENDING" },
      after: { status: to, amount, method: payout.method, accountNumber: payout.accountNumber, note: input.note },
      ip: actor.ip ?? null,
      requestId: actor.requestId ?? null,
    });
    const shown = money(payout.amount).toFixed(2);
    await notifyUser(tx, {
      userId: payout.userId,
      kind: to === "PAID" ? "affiliate.payout_paid" : "affiliate.payout_rejected",
      title: {
        key: to === "PAID" ? "stored.notice.affiliatePayoutPaid" : "stored.notice.affiliatePayoutRejected",
        values: { amount: shown },
      },
      body: input.note,
      link: "/user/affiliates",
    });
    return { payoutId: payout.id, status: to };
  });
}
