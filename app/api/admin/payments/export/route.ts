import { route } from "@/lib/http/route";
import { exportPaymentsCsv } from "@/lib/payments/admin/export-payments-csv";
import { adminPaymentFiltersSchema } from "@/lib/payments/schemas";

/** CSV of the filtered payments list (same filters as /admin/payments). */
export const GET = route({ auth: { permission: "payments.read" }, query: adminPaymentFiltersSchema }, async ({ query }) => {
  const csv = await exportPaymentsCsv(query);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="payments-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
