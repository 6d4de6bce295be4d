import { Prisma, type Tx } from "@/lib/db";
import type { PaymentStatus } from "@/lib/db/generated/enums";
import { conflict } from "@/lib/errors/app-error";
import { money, type Money } from "@/lib/money/money";
import { noticeRow } from "@/lib/notifications/notify-user";
import { postLedgerEntry } from "@/lib/wallet/post-ledger-entry";
import { creditDepositBonus, reverseDepositBonus } from "./bonus/deposit-bonus";
import { paymentNotice } from "./payment-notice";
import { recordPaymentEvent, type PaymentEventInput } from "./record-event";
import { statusesLeadingTo } from "./state-machine";

export type PaymentMove = {
  to: PaymentStatus;
  source: PaymentEventInput["source"];
  kind: string;
  message?: string | null;
  payload?: Prisma.InputJsonValue;
  actorId?: string | null;
  /** Extra columns written with the move (validation id, bank id, note …). */
  data?: Prisma.PaymentUpdateManyMutationInput;
};

const CREDIT_TO: readonly PaymentStatus[] = ["COMPLETED", "APPROVED"];

/**
 * Moves a payment forward with a guarded update (only from a status that may lead to `to`, and never
 * while held for review when crediting). A credit writes, in the same transaction, the one DEPOSIT
 * ledger entry of this payment (unique per payment), its deposit bonus if a rule gives one
 * (DEPOSIT_BONUS, lib/payments/bonus) and the customer's in-app notice; a refund reverses both
 * (DEPOSIT_REVERSAL, DEPOSIT_BONUS_REVERSAL). Every way a payment is credited or refunded (webhooks,
 * the return page, reconciliation, an admin's approval, release or refund) comes through here.
 * Concurrent callers serialise on the row: the second sees the new status and moves nothing.
 */
export async function movePayment(tx: Tx, paymentId: string, move: PaymentMove): Promise<{ moved: boolean; from: PaymentStatus | null }> {
  const credits = CREDIT_TO.includes(move.to);
  const before = await tx.payment.findUnique({ where: { id: paymentId }, select: { status: true } });
  let changed;
  try {
    changed = await tx.payment.updateMany({
      where: { id: paymentId, status: { in: statusesLeadingTo(move.to) }, ...(credits ? { riskHold: false } : {}) },
      data: {
        ...move.data,
        status: move.to,
        ...(credits ? { completedAt: new Date() } : {}),
        ...(move.to === "REFUNDED" ? { refundedAt: new Date() } : {}),
      },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw conflict("validation_id_used", "val_id: this gateway validation id already settled another payment.");
    }
    throw error;
  }
  if (changed.count === 0) return { moved: false, from: before?.status ?? null };

  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { id: true, userId: true, amount: true, tranId: true, method: true, adminNote: true, bonusAmount: true },
  });
  let bonus: Money | null = null;
  if (credits) {
    await postLedgerEntry(tx, {
      userId: payment.userId,
      kind: "DEPOSIT",
      amount: money(payment.amount),
      referenceType: "payment",
      referenceId: payment.id,
      actorId: move.actorId ?? null,
      memo: { key: "stored.ledger.payment", values: { tranId: payment.tranId } },
    });
    bonus = await creditDepositBonus(tx, payment, move.actorId ?? null);
  }
  if (move.to === "REFUNDED") {
    await postLedgerEntry(tx, {
      userId: payment.userId,
      kind: "DEPOSIT_REVERSAL",
      amount: money(payment.amount).negated(),
      referenceType: "payment",
      referenceId: payment.id,
      actorId: move.actorId ?? null,
      memo: { key: "stored.ledger.paymentRefund", values: { tranId: payment.tranId } },
    });
    bonus = await reverseDepositBonus(tx, payment, move.actorId ?? null);
  }
  const notice = paymentNotice(payment, move.to, bonus);
  if (notice) await tx.notification.create({ data: noticeRow(notice) });
  await recordPaymentEvent(tx, {
    paymentId,
    source: move.source,
    kind: move.kind,
    result: "accepted",
    fromStatus: before?.status ?? null,
    toStatus: move.to,
    message: move.message ?? null,
    payload: move.payload,
    actorId: move.actorId ?? null,
  });
  return { moved: true, from: before?.status ?? null };
}
