import { route } from "@/lib/http/route";

/**
 * SSLCommerz sends the customer's browser back here (a form POST from the gateway's site) after
 * success, failure or cancel. This never credits and never trusts the posted fields: it only opens the
 * payment's page, which shows the stored state and asks the server to verify with the gateway.
 */
const handle = route({ auth: "public", origin: "any" }, async ({ req }) => {
  let tranId: string | null = new URL(req.url).searchParams.get("tran_id");
  if (!tranId && req.method === "POST") {
    const type = req.headers.get("content-type") ?? "";
    if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
      const value = (await req.formData().catch(() => null))?.get("tran_id");
      tranId = typeof value === "string" ? value : null;
    }
  }
  const target = tranId && /^[\w-]{1,30}$/.test(tranId) ? `/user/payments/${tranId}?verify=1` : "/user/payments";
  return Response.redirect(new URL(target, req.url), 303);
});

export const GET = handle;
export const POST = handle;
