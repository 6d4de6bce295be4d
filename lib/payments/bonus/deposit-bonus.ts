import type { Tx } from "@/lib/db";
import type { PaymentMethod } from "@/lib/db/generated/enums";
import { money, toStorage, type Money } from "@/lib/money/money";
import { postLedgerEntry } from "@/lib/wallet/post-ledger-entry";
import { bonusFor } from "./bonus-rule";

type Amount = { toString(): string };
type CreditedPayment = { id: string; userId: string; tranId: string; method: PaymentMethod; amount: Amount };
type RefundedPayment = { id: string; userId: string; tranId: string; bonusAmount: Amount | null };

/**
 * Credits a payment's deposit bonus, if an active rule covers it (lib/payments/bonus/bonus-rule.ts), as
 * its own DEPOSIT_BONUS ledger entry referencing the payment, and keeps the amount on the payment
 * (`bonusAmount`). Called only by movePayment, in the transaction that credits the DEPOSIT after the
 * payment's guarded status update, so a duplicated webhook or a second click never reaches it; the
 * ledger's unique (reference, kind) would refuse a second bonus anyway.
 */
export async function creditDepositBonus(tx: Tx, payment: CreditedPayment, actorId: string | null): Promise<Money | null> {
  const rules = await tx.depositBonusRule.findMany({ where: { active: true } });
  const match = bonusFor(payment.method, payment.amount, rules);
  if (!match) return null;
  await tx.payment.update({ where: { id: payment.id }, data: { bonusAmount: toStorage(match.bonus) } });
  await postLedgerEntry(tx, {
    userId: payment.userId,
    kind: "DEPOSIT_BONUS",
    amount: match.bonus,
    referenceType: "payment",
    referenceId: payment.id,
    actorId,
    memo: { key: "stored.ledger.paymentBonus", values: { tranId: payment.tranId, percent: money(match.rule.percent).toFixed() } },
  });
  return match.bonus;
}

/**
 * Takes a refunded payment's bonus back (DEPOSIT_BONUS_REVERSAL, once per payment), in the refund's own
 * transaction right after its DEPOSIT_REVERSAL. Both debits follow the same rule: the ledger refuses to
 * take the balance below the customer's credit limit, and then the whole refund is refused (nothing is
 * reversed), so a customer who spent the money keeps neither the deposit nor the bonus half-reversed.
 */
export async function reverseDepositBonus(tx: Tx, payment: RefundedPayment, actorId: string | null): Promise<Money | null> {
  if (payment.bonusAmount === null || !money(payment.bonusAmount).gt(0)) return null;
  const bonus = money(payment.bonusAmount);
  await postLedgerEntry(tx, {
    userId: payment.userId,
    kind: "DEPOSIT_BONUS_REVERSAL",
    amount: bonus.negated(),
    referenceType: "payment",
    referenceId: payment.id,
    actorId,
    memo: { key: "stored.ledger.paymentBonusRefund", values: { tranId: payment.tranId } },
  });
  return bonus;
}
