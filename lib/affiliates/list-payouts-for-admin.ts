import { db } from "@/lib/db";
import { money, toStorage } from "@/lib/money/money";

export const ADMIN_PAYOUT_PAGE = 100;

export type AdminPayoutRow = {
  id: string;
  createdAt: string;
  userId: string;
  email: string;
  amount: string;
  method: "BALANCE" | "BKASH" | "NAGAD";
  accountNumber: string | null;
  status: "PENDING" | "PAID" | "REJECTED";
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
};

/**
 * The payouts admins work through: every withdrawal still waiting (oldest first, the order they were
 * asked in), then the newest decided ones and balance payouts, up to one page.
 */
export async function listPayoutsForAdmin(): Promise<{ pending: AdminPayoutRow[]; recent: AdminPayoutRow[] }> {
  const select = {
    id: true,
    createdAt: true,
    userId: true,
    amount: true,
    method: true,
    accountNumber: true,
    status: true,
    note: true,
    decidedAt: true,
    user: { select: { email: true } },
    decidedBy: { select: { email: true } },
  } as const;
  const [pending, recent] = await Promise.all([
    db.affiliatePayout.findMany({ where: { status: "PENDING" }, orderBy: { createdAt: "asc" }, take: ADMIN_PAYOUT_PAGE, select }),
    db.affiliatePayout.findMany({ where: { status: { not: "PENDING" } }, orderBy: { createdAt: "desc" }, take: ADMIN_PAYOUT_PAGE, select }),
  ]);
  const view = (row: (typeof pending)[number]): AdminPayoutRow => ({
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    userId: row.userId,
    email: row.user.email,
    amount: toStorage(money(row.amount)),
    method: row.method,
    accountNumber: row.accountNumber,
    status: row.status,
    note: row.note,
    decidedBy: row.decidedBy?.email ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  });
  return { pending: pending.map(view), recent: recent.map(view) };
}
