import { csvText } from "@/lib/csv/cell";
import { db } from "@/lib/db";
import { adminOrderWhere } from "./list-orders-for-admin";
import type { AdminOrderExportQuery } from "./schemas";

export const ORDERS_CSV_MAX_ROWS = 10_000;

export const ORDERS_CSV_COLUMNS = [
  "id",
  "created_at",
  "user_email",
  "service_id",
  "service_name",
  "provider",
  "provider_order_id",
  "link",
  "quantity",
  "status",
  "charge_bdt",
  "refunded_bdt",
  "provider_charge",
  "provider_currency",
  "remains",
] as const;

/**
 * The admin order list, filtered exactly as /admin/orders shows it, as CSV: newest first, at most
 * 10,000 rows, amounts as exact decimal strings at their column's scale (never through a float).
 */
export async function exportOrdersCsv(filters: AdminOrderExportQuery): Promise<string> {
  const where = await adminOrderWhere(filters);
  const rows = where
    ? await db.order.findMany({
        where,
        orderBy: { id: "desc" },
        take: ORDERS_CSV_MAX_ROWS,
        select: {
          id: true,
          createdAt: true,
          link: true,
          quantity: true,
          status: true,
          charge: true,
          refunded: true,
          providerCharge: true,
          providerCurrency: true,
          providerOrderId: true,
          remains: true,
          user: { select: { email: true } },
          service: { select: { id: true, name: true } },
          provider: { select: { name: true } },
        },
      })
    : [];
  return csvText(
    ORDERS_CSV_COLUMNS,
    rows.map((row) => [
      String(row.id),
      row.createdAt.toISOString(),
      row.user.email,
      String(row.service.id),
      row.service.name,
      row.provider?.name,
      row.providerOrderId,
      row.link,
      String(row.quantity),
      row.status,
      row.charge.toFixed(4),
      row.refunded.toFixed(4),
      row.providerCharge?.toFixed(7),
      row.providerCurrency,
      row.remains === null ? "" : String(row.remains),
    ]),
  );
}
