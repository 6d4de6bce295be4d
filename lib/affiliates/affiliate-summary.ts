import { db } from "@/lib/db";
import { money, toStorage, ZERO } from "@/lib/money/money";
import { getSettings } from "@/lib/settings/settings";
import { percentFor } from "./commission-math";

/** How many of the newest commissions and payouts the customer's page lists. */
export const AFFILIATE_LIST_SIZE = 50;

export type CommissionRow = { id: string; orderId: number; createdAt: string; revenue: string; amount: string; reversed: string };
export type PayoutRow = {
  id: string;
  createdAt: string;
  amount: string;
  method: "BALANCE" | "BKASH" | "NAGAD";
  accountNumber: string | null;
  status: "PENDING" | "PAID" | "REJECTED";
  note: string | null;
};

/**
 * Everything the customer's affiliate page shows, scoped to them in every query: their code, visits,
 * sign-ups, earned/reversed/paid/available figures (BDT strings as kept), the percent that applies,
 * the minimum payout, and their newest commissions and payouts.
 */
export async function affiliateSummary(userId: string) {
  const [user, signUps, earned, paid, pending, commissions, payouts, [settingPercent, minPayout]] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { referralCode: true, referralVisits: true, affiliateBalance: true, affiliatePercent: true },
    }),
    db.user.count({ where: { referredById: userId } }),
    db.affiliateCommission.aggregate({ where: { referrerId: userId }, _sum: { amount: true, reversedAmount: true } }),
    db.affiliatePayout.aggregate({ where: { userId, status: "PAID" }, _sum: { amount: true } }),
    db.affiliatePayout.aggregate({ where: { userId, status: "PENDING" }, _sum: { amount: true } }),
    db.affiliateCommission.findMany({
      where: { referrerId: userId },
      orderBy: { createdAt: "desc" },
      take: AFFILIATE_LIST_SIZE,
      select: { id: true, orderId: true, createdAt: true, orderRevenue: true, amount: true, reversedAmount: true },
    }),
    db.affiliatePayout.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take: AFFILIATE_LIST_SIZE,
      select: { id: true, createdAt: true, amount: true, method: true, accountNumber: true, status: true, note: true },
    }),
    getSettings("affiliates.commissionPercent", "affiliates.minPayout"),
  ]);
  const sum = (value: { toString(): string } | null) => toStorage(value ? money(value) : ZERO);
  return {
    code: user.referralCode,
    visits: user.referralVisits,
    signUps,
    percent: percentFor(user.affiliatePercent, settingPercent).toString(),
    minPayout,
    earned: sum(earned._sum.amount),
    reversed: sum(earned._sum.reversedAmount),
    paidOut: sum(paid._sum.amount),
    pending: sum(pending._sum.amount),
    available: toStorage(money(user.affiliateBalance)),
    commissions: commissions.map((row): CommissionRow => ({
      id: row.id,
      orderId: row.orderId,
      createdAt: row.createdAt.toISOString(),
      revenue: toStorage(money(row.orderRevenue)),
      amount: toStorage(money(row.amount)),
      reversed: toStorage(money(row.reversedAmount)),
    })),
    payouts: payouts.map((row): PayoutRow => ({ ...row, createdAt: row.createdAt.toISOString(), amount: toStorage(money(row.amount)) })),
  };
}

export type AffiliateSummary = Awaited<ReturnType<typeof affiliateSummary>>;
