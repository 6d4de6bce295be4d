import { AppError } from "@/lib/errors/app-error";
import { nulPath } from "@/lib/validation/no-nul";

/** A gateway's body as flat text fields: form-encoded or a JSON object; anything else is a 415, a NUL a 400. */
export function parseWebhookBody(contentType: string, rawBody: string): Record<string, string> {
  const fields = readFields(contentType, rawBody);
  const field = nulPath(fields);
  if (field)
    throw new AppError("invalid_body", `${field}: must not contain NUL characters`, 400, {
      fields: { [field]: ["must not contain NUL characters"] },
    });
  return fields;
}

function readFields(contentType: string, rawBody: string): Record<string, string> {
  const type = contentType.toLowerCase();
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(rawBody));
  if (type.includes("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch {
      throw new AppError("invalid_body", "body: not valid JSON", 400);
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
      throw new AppError("invalid_body", "body: must be a JSON object", 400);
    return Object.fromEntries(
      Object.entries(parsed)
        .filter(([, value]) => ["string", "number", "boolean"].includes(typeof value))
        .map(([key, value]) => [key, String(value)]),
    );
  }
  throw new AppError("unsupported_body", "body: must be application/x-www-form-urlencoded or application/json", 415);
}

/** The first required field that is missing or empty, as a 400 naming it. */
export function requireFields(fields: Record<string, string>, names: readonly string[]): void {
  const missing = names.find((name) => !fields[name]?.trim());
  if (missing) throw new AppError("missing_field", `${missing}: is required`, 400, { fields: { [missing]: ["is required"] } });
}
