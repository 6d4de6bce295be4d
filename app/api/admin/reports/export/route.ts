import { route } from "@/lib/http/route";
import { exportProfitReportCsv } from "@/lib/reports/report-csv";
import { reportQuerySchema } from "@/lib/reports/schemas";

/** CSV of a profit report (the same grouping, range and sort as /admin/reports). */
export const GET = route({ auth: { permission: "reports.read" }, query: reportQuerySchema }, async ({ query }) => {
  const { filename, csv } = await exportProfitReportCsv(query);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});
