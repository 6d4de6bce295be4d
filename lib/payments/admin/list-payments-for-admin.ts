import { db, type Prisma } from "@/lib/db";
import { money } from "@/lib/money/money";
import { manualMethod, type AdminPaymentFilters } from "../schemas";

export const ADMIN_PAGE_SIZE = 50;

/** The filters as a Prisma where: status, method, date range (UTC days), held, and a search box. */
export function adminPaymentWhere(filters: AdminPaymentFilters): Prisma.PaymentWhereInput {
  const q = filters.q?.trim();
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.method === "MANUAL" ? { method: { in: manualMethod.options } } : filters.method ? { method: filters.method } : {}),
    ...(filters.held ? { riskHold: true } : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
            ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
    ...(q
      ? {
          OR: [
            { tranId: { equals: q, mode: "insensitive" } },
            { trxId: { equals: q.toUpperCase() } },
            { bankTranId: { equals: q } },
            { gatewayValidationId: { equals: q } },
            { user: { email: { contains: q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
}

export const ADMIN_PAYMENT_SELECT = {
  id: true,
  tranId: true,
  method: true,
  status: true,
  amount: true,
  bonusAmount: true,
  riskHold: true,
  trxId: true,
  senderNumber: true,
  refundStatus: true,
  createdAt: true,
  completedAt: true,
  user: { select: { id: true, email: true } },
} as const;

export async function listPaymentsForAdmin(filters: AdminPaymentFilters) {
  const where = adminPaymentWhere(filters);
  const rows = await db.payment.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (filters.page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE + 1,
    select: ADMIN_PAYMENT_SELECT,
  });
  return {
    rows: rows.slice(0, ADMIN_PAGE_SIZE).map((row) => ({
      ...row,
      amount: money(row.amount).toFixed(2),
      bonusAmount: row.bonusAmount ? money(row.bonusAmount).toFixed(2) : null,
    })),
    hasMore: rows.length > ADMIN_PAGE_SIZE,
  };
}
