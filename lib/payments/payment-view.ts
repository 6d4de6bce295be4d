import { db } from "@/lib/db";
import { money } from "@/lib/money/money";

const OWN_SELECT = {
  id: true,
  tranId: true,
  method: true,
  status: true,
  amount: true,
  bonusAmount: true,
  currency: true,
  riskHold: true,
  senderNumber: true,
  trxId: true,
  bankTranId: true,
  cardType: true,
  adminNote: true,
  completedAt: true,
  refundedAt: true,
  createdAt: true,
} as const;

/** One of the customer's own payments (owner inside the query), in plain JSON. */
export async function ownPaymentView(userId: string, tranId: string) {
  const payment = await db.payment.findFirst({ where: { tranId, userId }, select: OWN_SELECT });
  return payment ? toView(payment) : null;
}

export async function listOwnPayments(userId: string, take = 50) {
  const rows = await db.payment.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: OWN_SELECT });
  return rows.map(toView);
}

type Row = {
  amount: { toString(): string };
  bonusAmount: { toString(): string } | null;
  completedAt: Date | null;
  refundedAt: Date | null;
  createdAt: Date;
} & Record<string, unknown>;

function toView<R extends Row>(row: R) {
  return {
    ...row,
    amount: money(row.amount).toFixed(2),
    bonusAmount: row.bonusAmount === null ? null : money(row.bonusAmount).toFixed(2),
    completedAt: row.completedAt?.toISOString() ?? null,
    refundedAt: row.refundedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
export type OwnPaymentView = NonNullable<Awaited<ReturnType<typeof ownPaymentView>>>;
