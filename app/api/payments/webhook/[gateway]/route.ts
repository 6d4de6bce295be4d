import { NextResponse } from "next/server";
import { requestMeta, REQUEST_ID_HEADER } from "@/lib/http/request-context";
import { toFailure } from "@/lib/http/to-failure";
import { requestLogger } from "@/lib/log/logger";
import { receiveWebhook } from "@/lib/payments/webhooks/receive-webhook";

/**
 * Gateways' server-to-server notices (SSLCommerz IPN, the sandbox gateway). The raw body is read once
 * and handed on untouched (the sandbox signs it). Refusals are 4xx with the reason; every delivery is stored.
 */
export async function POST(req: Request, segment: { params: Promise<{ gateway: string }> }): Promise<Response> {
  const { requestId } = requestMeta(req.headers);
  const log = requestLogger(requestId);
  const headers = { [REQUEST_ID_HEADER]: requestId };
  try {
    const { gateway } = await segment.params;
    const rawBody = await req.text();
    const outcome = await receiveWebhook(gateway, { contentType: req.headers.get("content-type") ?? "", rawBody, headers: req.headers });
    if (outcome.httpStatus >= 400) {
      return NextResponse.json({ success: false, error: { code: outcome.code, message: outcome.message } }, { status: outcome.httpStatus, headers });
    }
    return NextResponse.json({ success: true, data: { result: outcome.result, code: outcome.code } }, { status: outcome.httpStatus, headers });
  } catch (error) {
    const { status, body } = toFailure(error, requestId, log);
    return NextResponse.json(body, { status, headers });
  }
}
