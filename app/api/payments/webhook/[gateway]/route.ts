import { route } from "@/lib/http/route";
import { receiveWebhook } from "@/lib/payments/webhooks/receive-webhook";

/** The [gateway] segment as sent; receiveWebhook answers 404 to any name it does not know (a NUL included). */
function gatewayOf(req: Request): string {
  const segment = new URL(req.url).pathname.split("/").at(-1) ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Gateways' server-to-server notices (SSLCommerz IPN, the sandbox gateway): from another origin by
 * nature, proven by their signature and a call back to the gateway, never by a cookie. The raw body is
 * read once and handed on untouched (the sandbox signs it). Refusals are 4xx with the reason; every
 * delivery is stored.
 */
export const POST = route({ auth: "public", origin: "any" }, async ({ req }) => {
  const gateway = gatewayOf(req);
  const rawBody = await req.text();
  const outcome = await receiveWebhook(gateway, { contentType: req.headers.get("content-type") ?? "", rawBody, headers: req.headers });
  const body =
    outcome.httpStatus >= 400
      ? { success: false, error: { code: outcome.code, message: outcome.message } }
      : { success: true, data: { result: outcome.result, code: outcome.code } };
  return Response.json(body, { status: outcome.httpStatus });
});
