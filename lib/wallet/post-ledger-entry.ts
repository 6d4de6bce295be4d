import { sqlState, SQL_STATE, type LedgerKind, type Tx } from "@/lib/db";
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

export const insufficientFunds = () =>
  new AppError("insufficient_funds", "amount: the balance is too low for this debit", 422, {
    fields: { amount: ["the balance is too low for this debit"] },
  });

export type PostedEntry = { id: string; amount: string; balanceAfter: string; createdAt: Date };

/**
 * The only way a balance changes, through the database's one balance writer `post_ledger_entry`
 * (prisma/migrations/*_placement_functions): one conditional UPDATE both locks the user's row and
 * refuses a debit below -creditLimit, then the immutable entry is written with the new balance, in one
 * round trip. It also keeps the users list's sums: deposits and their reversals in depositedTotal, order
 * charges and refunds in spentTotal (bonuses and adjustments are neither). (reference, kind) is unique, so one cause moves money at most once. Callers run it inside
 * their transaction, so the money moves with whatever caused it or not at all.
 */
export async function postLedgerEntry(tx: Tx, input: LedgerEntryInput): Promise<PostedEntry> {
  const amount = roundMoney(input.amount);
  if (amount.isZero()) throw new AppError("zero_amount", "amount: must not be zero", 422);
  const delta = toStorage(amount);
  const memo = input.memo ? storedEnglish(input.memo) : null;
  const memoMessage = keyedOnly(input.memo) ?? null;
  try {
    const [entry] = await tx.$queryRaw<{ id: string; balance_after: string; created_at: Date }[]>`
      SELECT entry_id AS id, entry_balance_after::text AS balance_after, entry_created_at AS created_at
        FROM post_ledger_entry(${input.userId}, ${input.kind}::"LedgerKind", ${delta}::numeric, ${input.referenceType},
                               ${input.referenceId}, ${input.actorId ?? null}, ${memo}, ${memoMessage}::jsonb)`;
    return { id: entry.id, amount: delta, balanceAfter: toStorage(money(entry.balance_after)), createdAt: entry.created_at };
  } catch (error) {
    throw ledgerError(error, input) ?? error;
  }
}

/** What a refusal of post_ledger_entry means to the caller, or undefined for any other failure. */
function ledgerError(error: unknown, reference: { referenceType: string; referenceId: string }): AppError | undefined {
  switch (sqlState(error)) {
    case SQL_STATE.insufficientFunds:
      return insufficientFunds();
    case SQL_STATE.userNotFound:
      return notFound("User");
    case SQL_STATE.uniqueViolation:
      return conflict("already_applied", "This money movement was already recorded.", reference);
    default:
      return undefined;
  }
}
