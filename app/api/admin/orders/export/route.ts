import { route } from "@/lib/http/route";
import { exportOrdersCsv } from "@/lib/orders/admin/export-orders-csv";
import { adminOrderExportQuerySchema } from "@/lib/orders/admin/schemas";

/** CSV of the filtered order list (the same filters as /admin/orders, newest first, at most 10,000 rows). */
export const GET = route({ auth: { permission: "orders.read" }, query: adminOrderExportQuerySchema }, async ({ query }) => {
  const csv = await exportOrdersCsv(query);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="orders-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
