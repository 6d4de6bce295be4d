import { db } from "@/lib/db";
import { cell } from "@/lib/csv/cell";
import { money } from "@/lib/money/money";
import type { AdminPaymentFilters } from "../schemas";
import { adminPaymentWhere } from "./list-payments-for-admin";

const MAX_ROWS = 10_000;
const COLUMNS = [
  "created_at",
  "tran_id",
  "user_email",
  "method",
  "status",
  "amount_bdt",
  "bonus_bdt",
  "trx_id",
  "sender_number",
  "bank_tran_id",
  "val_id",
  "risk_hold",
  "refund_status",
  "completed_at",
] as const;

/** The filtered list as CSV (newest first, at most 10,000 rows). */
export async function exportPaymentsCsv(filters: AdminPaymentFilters): Promise<string> {
  const rows = await db.payment.findMany({
    where: adminPaymentWhere(filters),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_ROWS,
    select: {
      createdAt: true,
      tranId: true,
      method: true,
      status: true,
      amount: true,
      bonusAmount: true,
      trxId: true,
      senderNumber: true,
      bankTranId: true,
      gatewayValidationId: true,
      riskHold: true,
      refundStatus: true,
      completedAt: true,
      user: { select: { email: true } },
    },
  });
  const lines = rows.map((row) =>
    [
      row.createdAt.toISOString(),
      row.tranId,
      row.user.email,
      row.method,
      row.status,
      money(row.amount).toFixed(2),
      row.bonusAmount ? money(row.bonusAmount).toFixed(2) : "",
      row.trxId,
      row.senderNumber,
      row.bankTranId,
      row.gatewayValidationId,
      row.riskHold ? "yes" : "no",
      row.refundStatus,
      row.completedAt?.toISOString() ?? "",
    ]
      .map(cell)
      .join(","),
  );
  return [COLUMNS.join(","), ...lines].join("\r\n") + "\r\n";
}
