import type { z } from "zod";
import { db, Prisma, type Tx } from "@/lib/db";
import { conflict, invalidField } from "@/lib/errors/app-error";
import { money, toStorage } from "@/lib/money/money";
import { notifyRoles } from "@/lib/notifications/notify-user";
import { postLedgerEntry } from "@/lib/wallet/post-ledger-entry";
import { affiliateSetting } from "./affiliate-settings";
import type { requestPayoutSchema } from "./schemas";

export type PayoutResult = { payoutId: string; status: "PAID" | "PENDING"; amount: string };

export const insufficientEarnings = () =>
  conflict("insufficient_earnings", "amount: more than your available affiliate earnings", {
    fields: { amount: ["more than your available affiliate earnings"] },
  });

/**
 * An affiliate's payout, in one transaction: the payout row first (its id comes from the form, so a
 * double submit is refused by the primary key and pays once), then one conditional UPDATE takes the
 * amount from the affiliate balance only if it is there (concurrent requests cannot overdraw it; none
 * left: 409 insufficient_earnings). To the panel balance it is paid at once (an AFFILIATE_PAYOUT ledger
 * credit); to bKash/Nagad it waits for an admin (PENDING), who pays or rejects it (decide-payout.ts).
 */
export async function requestPayout(userId: string, input: z.output<typeof requestPayoutSchema>): Promise<PayoutResult> {
  const amount = money(input.amount);
  try {
    return await db.$transaction(async (tx) => {
      const minimum = money(await affiliateSetting(tx, "affiliates.minPayout"));
      if (amount.lt(minimum)) throw invalidField("amount", "validation.affiliate.minPayout", { min: minimum.toFixed(2) });
      const paid = input.method === "BALANCE";
      await tx.affiliatePayout.create({
        data: {
          id: input.payoutId,
          userId,
          amount: toStorage(amount),
          method: input.method,
          accountNumber: paid ? null : input.accountNumber,
          status: paid ? "PAID" : "PENDING",
          ...(paid ? { decidedAt: new Date() } : {}),
        },
      });
      await takeFromEarnings(tx, userId, toStorage(amount));
      if (paid) {
        await postLedgerEntry(tx, {
          userId,
          kind: "AFFILIATE_PAYOUT",
          amount,
          referenceType: "affiliate_payout",
          referenceId: input.payoutId,
          memo: { key: "stored.ledger.affiliatePayout", values: { amount: amount.toFixed(2) } },
        });
      } else {
        await notifyRoles(tx, ["ADMIN"], {
          kind: "affiliate.payout_review",
          title: { key: "stored.notice.affiliatePayoutRequested", values: { amount: amount.toFixed(2) } },
          link: "/admin/payments/payouts",
        });
      }
      return { payoutId: input.payoutId, status: paid ? "PAID" : "PENDING", amount: toStorage(amount) };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw conflict("already_applied", "This payout was already requested.");
    throw error;
  }
}

/** The conditional debit of the affiliate balance: nothing happens unless all of it is there. */
async function takeFromEarnings(tx: Tx, userId: string, amount: string): Promise<void> {
  const taken = await tx.$executeRaw`
    UPDATE users SET affiliate_balance = affiliate_balance - ${amount}::numeric, updated_at = now()
     WHERE id = ${userId} AND affiliate_balance >= ${amount}::numeric`;
  if (taken === 0) throw insufficientEarnings();
}
