import { requestMeta } from "@/lib/http/request-context";
import { userFromHeaders } from "@/lib/auth/session";
import { assertPermission } from "@/lib/auth/guards";
import { toFailure } from "@/lib/http/to-failure";
import { parseWith } from "@/lib/http/validation";
import { requestLogger } from "@/lib/log/logger";
import { exportPaymentsCsv } from "@/lib/payments/admin/export-payments-csv";
import { adminPaymentFiltersSchema } from "@/lib/payments/schemas";

/** CSV of the filtered payments list (same filters as /admin/payments). */
export async function GET(req: Request): Promise<Response> {
  const { requestId } = requestMeta(req.headers);
  try {
    assertPermission(await userFromHeaders(req.headers), "payments.read");
    const filters = parseWith(adminPaymentFiltersSchema, Object.fromEntries(new URL(req.url).searchParams));
    const csv = await exportPaymentsCsv(filters);
    return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="payments-${new Date().toISOString().slice(0, 10)}.csv"`, "cache-control": "no-store" } });
  } catch (error) {
    const { status, body } = toFailure(error, requestId, requestLogger(requestId));
    return Response.json(body, { status });
  }
}
