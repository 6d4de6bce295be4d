import { Prisma, type LedgerKind, type Tx } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors/app-error";
import { keyedOnly, storedEnglish, type StoredMessage } from "@/lib/i18n/stored-message";
import { money, roundMoney, toStorage, type Money } from "@/lib/money/money";

export type LedgerEntryInput = {
  userId: string;
  kind: LedgerKind;
  /** Signed BDT: positive credits, negative debits. Rounded once here (lib/money's rule). */
  amount: Money;
  referenceType: string;
  referenceId: string;
  actorId?: string | null;
  /** A message key (shown in the reader's language) or an admin's own words. */
  memo?: string | StoredMessage | null;
};

/** The kinds the users list sums (User.depositedTotal, User.spentTotal): bonuses and adjustments are neither. */
const DEPOSIT_KINDS: ReadonlySet<LedgerKind> = new Set(["DEPOSIT", "DEPOSIT_REVERSAL"]);
const SPENDING_KINDS: ReadonlySet<LedgerKind> = new Set(["ORDER_CHARGE", "ORDER_REFUND"]);

export const insufficientFunds = () =>
  new AppError("insufficient_funds", "amount: the balance is too low for this debit", 422, {
    fields: { amount: ["the balance is too low for this debit"] },
  });

/**
 * The only way a balance changes. Must run inside a transaction: one conditional UPDATE both locks
 * the user's row and refuses a debit below -creditLimit, then the immutable entry is written with
 * the new balance. (reference, kind) is unique, so one cause moves money at most once.
 */
export async function postLedgerEntry(tx: Tx, input: LedgerEntryInput) {
  const amount = roundMoney(input.amount);
  if (amount.isZero()) throw new AppError("zero_amount", "amount: must not be zero", 422);
  const delta = toStorage(amount);
  const deposited = DEPOSIT_KINDS.has(input.kind) ? delta : "0";
  const spent = SPENDING_KINDS.has(input.kind) ? toStorage(amount.neg()) : "0";

  const rows = await tx.$queryRaw<{ balance: string }[]>`
    UPDATE users
       SET balance = balance + ${delta}::numeric,
           deposited_total = deposited_total + ${deposited}::numeric,
           spent_total = spent_total + ${spent}::numeric,
           updated_at = now()
     WHERE id = ${input.userId}
       AND (${delta}::numeric > 0 OR balance + ${delta}::numeric >= -credit_limit)
     RETURNING balance::text AS balance`;

  if (rows.length === 0) {
    const exists = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    throw exists ? insufficientFunds() : notFound("User");
  }

  try {
    return await tx.ledgerEntry.create({
      data: {
        userId: input.userId,
        kind: input.kind,
        amount: delta,
        balanceAfter: toStorage(money(rows[0].balance)),
        referenceType: input.referenceType,
        referenceId: input.referenceId,
        actorId: input.actorId ?? null,
        memo: input.memo ? storedEnglish(input.memo) : null,
        ...(keyedOnly(input.memo) ? { memoMessage: keyedOnly(input.memo) } : {}),
      },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw conflict("already_applied", "This money movement was already recorded.", {
        referenceType: input.referenceType,
        referenceId: input.referenceId,
      });
    }
    throw error;
  }
}
