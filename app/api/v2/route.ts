/*
 * The reseller API v2 (docs/PROTOCOL.md; customer documentation at /api): the panel speaks the same SMM
 * protocol to its customers that it speaks to upstream providers, so any API v2 client works.
 *
 *   POST /api/v2   form-encoded, multipart or JSON body: key, action, …
 *   GET  /api/v2?key=…&action=…   (old clients; same answers)
 *
 * Answers are the protocol's own shapes, not the panel's envelope. Refusals are {"error": "…"} with
 * HTTP 200; the rate limit answers 429 with Retry-After; a bug answers 500 with a reference.
 * The request log line carries method, path (no query: GET puts the key there), action, status and
 * time — never the body or the key.
 */
import { logger } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/http/request-context";
import { jsonAnswer } from "@/lib/http/json-answer";
import { route } from "@/lib/http/route";
import { API_ERRORS } from "@/lib/api-v2/errors";
import { handleApiV2Request } from "@/lib/reseller-api/handle-request";
import { readFields } from "@/lib/api-v2/read-fields";
import { nulPath } from "@/lib/validation/no-nul";

export const dynamic = "force-dynamic";

// Resellers call from their own servers and prove themselves with their key, never a cookie: any origin.
const answer = route({ auth: "public", origin: "any" }, async ({ req, requestId, ip }): Promise<Response> => {
  const started = performance.now();
  const headers: Record<string, string> = { [REQUEST_ID_HEADER]: requestId, "cache-control": "no-store" };
  let action: string | undefined;
  let status = 200;
  let keyId: string | undefined;
  try {
    const fields = await readFields(req);
    if (!fields) return jsonAnswer({ error: API_ERRORS.badAction }, { headers });
    // The protocol's refusal shape (HTTP 200); a NUL would reach PostgreSQL and answer 500.
    const nul = nulPath(fields);
    if (nul) return jsonAnswer({ error: `${API_ERRORS.badAction}: ${nul} must not contain NUL characters` }, { headers });
    action = fields.action?.trim().toLowerCase().slice(0, 32);
    const reply = await handleApiV2Request(fields, req.headers.get("idempotency-key"), ip);
    status = reply.status;
    keyId = reply.keyId;
    if (reply.retryAfterSeconds !== undefined) headers["retry-after"] = String(reply.retryAfterSeconds);
    return jsonAnswer(reply.json, { status, headers });
  } catch (error) {
    status = 500;
    logger.error({ err: error, requestId, action }, "api v2 request failed");
    return jsonAnswer({ error: `${API_ERRORS.internal} (reference ${requestId})` }, { status, headers });
  } finally {
    logger.info(
      { requestId, method: req.method, path: "/api/v2", action, apiKeyId: keyId, status, ms: Math.round(performance.now() - started) },
      "api v2 request",
    );
  }
});

export const GET = answer;
export const POST = answer;
