import { NUL } from "@/lib/validation/no-nul";
import { crossOriginRefused, isSameOriginRequest } from "./same-origin";

// Requests the framework would answer with a 500 (or hand a NUL on to PostgreSQL), refused with the
// envelope and a 4xx naming what is wrong. Pure: middleware.ts calls gateRefusal first; route handlers,
// which skip the gate, make its URL check (urlProblem) in lib/http/route.ts.

/** Next's default serverActions.bodySizeLimit (next.config.ts does not change it). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

const refusal = (status: number, code: string, message: string) =>
  Response.json({ success: false, error: { code, message } }, { status, headers: { "cache-control": "no-store" } });

/** Always answered 400. */
export type UrlProblem = { code: "bad_path" | "validation_failed"; message: string };

/**
 * A malformed percent-encoding or a NUL in the path, or a NUL in a query parameter: a 400 naming what is
 * wrong. The gate asks it of pages; route handlers ask it themselves (lib/http/route.ts), because the
 * gate only sees the API paths Next would otherwise fail on (middleware.ts).
 */
export function urlProblem(url: URL): UrlProblem | null {
  for (const segment of url.pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { code: "bad_path", message: "path: malformed percent-encoding" };
    }
    if (decoded.includes(NUL)) return { code: "bad_path", message: "path: must not contain NUL characters" };
  }
  for (const [name, value] of url.searchParams) {
    if (name.includes(NUL) || value.includes(NUL))
      return { code: "validation_failed", message: `${name.replaceAll(NUL, "\\0")}: must not contain NUL characters` };
  }
  return null;
}

// React's reply format: "$"-strings are references. A one-part (text/plain) body can only hold these
// self-contained ones; a reference to another part ($@1, $Q2, $h3…) or a malformed BigInt throws in Next.
const SELF_CONTAINED = /^\$(?:\$.*|I.*|-.*|N.*|u.*|D.*|T.*|K.*|H.*|n-?\d+)$/s;

const PART_REFERENCE = /^\$[@hQWiAOoUSsLlGgMmVBRrXx]([0-9a-f]+)$/;

function decodable(value: unknown, hasPart: (id: string) => boolean): boolean {
  if (typeof value === "string") {
    if (!value.startsWith("$") || SELF_CONTAINED.test(value)) return true;
    const id = PART_REFERENCE.exec(value)?.[1];
    return id !== undefined && hasPart(String(parseInt(id, 16)));
  }
  if (Array.isArray(value)) return value.every((item) => decodable(item, hasPart));
  if (value && typeof value === "object") return Object.values(value).every((item) => decodable(item, hasPart));
  return true;
}

const decodableAlone = (args: unknown[]) => decodable(args, () => false);

/** A multipart reply: its numbered text parts are JSON, and every reference names a part that exists. */
function decodableParts(form: FormData): boolean {
  for (const [name, value] of form.entries()) {
    if (!/^\d+$/.test(name) || typeof value !== "string") continue;
    let part: unknown;
    try {
      part = JSON.parse(value);
    } catch {
      return false;
    }
    if (name === "0" && !Array.isArray(part)) return false;
    if (!decodable(part, (id) => form.has(id))) return false;
  }
  return true;
}

/** A server action call (fetch or script-less form) with a body Next could not decode: 4xx, not 500. */
async function actionRefusal(req: Request): Promise<Response | null> {
  if (Number(req.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) return refusal(413, "body_too_large", "body: larger than 1 MB");
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const body = req.clone();
  if (type.startsWith("multipart/form-data")) {
    const form = await body.formData().catch(() => null);
    if (!form) return refusal(400, "invalid_body", "body: malformed multipart/form-data");
    return decodableParts(form) ? null : refusal(400, "invalid_body", "body: not a server action's argument list");
  }
  if (type.startsWith("text/plain") || type === "") {
    const text = await body.text();
    if (text.length > ACTION_BODY_LIMIT) return refusal(413, "body_too_large", "body: larger than 1 MB");
    let args: unknown;
    try {
      args = JSON.parse(text);
    } catch {
      return refusal(400, "invalid_body", "body: a server action's arguments must be JSON");
    }
    if (!Array.isArray(args) || !decodableAlone(args)) return refusal(400, "invalid_body", "body: not a server action's argument list");
    return null;
  }
  if (type.startsWith("application/x-www-form-urlencoded")) return null;
  return refusal(415, "unsupported_content_type", "content-type: must be text/plain or multipart/form-data");
}

export async function gateRefusal(req: Request): Promise<Response | null> {
  const url = new URL(req.url);
  const problem = urlProblem(url);
  if (problem) return refusal(400, problem.code, problem.message);
  // Route handlers check origins themselves (lib/http/route.ts), so webhooks and /api/v2 are not affected.
  if (url.pathname.startsWith("/api/")) return null;
  // Next 16 compares a server action's Origin with Host itself, but answers a mismatch with a 500.
  if (!isSameOriginRequest(req.method, req.headers)) {
    const error = crossOriginRefused();
    return refusal(error.status, error.code, error.message);
  }
  // A POST to a page is a server action: with a Next-Action header (fetch) or a form without script.
  return req.method === "POST" ? actionRefusal(req) : null;
}
