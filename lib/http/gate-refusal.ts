import { NUL } from "@/lib/validation/no-nul";

// Requests the framework would answer with a 500 (or hand a NUL on to PostgreSQL), refused by the
// request gate with the envelope and a 4xx naming what is wrong. Pure: middleware.ts calls it first.

/** Next's default serverActions.bodySizeLimit (next.config.ts does not change it). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

const refusal = (status: number, code: string, message: string) =>
  Response.json({ success: false, error: { code, message } }, { status, headers: { "cache-control": "no-store" } });

function pathRefusal(url: URL): Response | null {
  for (const segment of url.pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return refusal(400, "bad_path", "path: malformed percent-encoding");
    }
    if (decoded.includes(NUL)) return refusal(400, "bad_path", "path: must not contain NUL characters");
  }
  for (const [name, value] of url.searchParams) {
    if (name.includes(NUL) || value.includes(NUL)) return refusal(400, "validation_failed", `${name.replaceAll(NUL, "\\0")}: must not contain NUL characters`);
  }
  return null;
}

/** Next's own check, answered 403 instead of 500: the Origin's host must be the (forwarded) host. */
function foreignOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false; // Next lets these through too: no browser sends a cookie-bearing POST without Origin
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !host || originHost !== host;
}

/** A server action call (header Next-Action) whose body Next could not decode answers 4xx, not 500. */
async function actionRefusal(req: Request): Promise<Response | null> {
  if (foreignOrigin(req.headers)) return refusal(403, "foreign_origin", "origin: server actions are only accepted from this site");
  if (Number(req.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) return refusal(413, "body_too_large", "body: larger than 1 MB");
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const body = req.clone();
  if (type.startsWith("multipart/form-data")) {
    try {
      await body.formData();
      return null;
    } catch {
      return refusal(400, "invalid_body", "body: malformed multipart/form-data");
    }
  }
  if (type.startsWith("text/plain") || type === "") {
    const text = await body.text();
    if (text.length > ACTION_BODY_LIMIT) return refusal(413, "body_too_large", "body: larger than 1 MB");
    try {
      JSON.parse(text);
      return null;
    } catch {
      return refusal(400, "invalid_body", "body: a server action's arguments must be JSON");
    }
  }
  if (type.startsWith("application/x-www-form-urlencoded")) return null;
  return refusal(415, "unsupported_content_type", "content-type: must be text/plain or multipart/form-data");
}

export async function gateRefusal(req: Request): Promise<Response | null> {
  const refused = pathRefusal(new URL(req.url));
  if (refused) return refused;
  if (req.method === "POST" && req.headers.has("next-action")) return actionRefusal(req);
  return null;
}
