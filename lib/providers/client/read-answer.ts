import { classifyErrorText, classifyHttpStatus, parseRetryAfter } from "./classify";
import { errorTextOf, isRecord } from "./coerce";
import { ProviderError, scrubSecret, type ProviderAction } from "./errors";

/**
 * Turns an HTTP answer into JSON, or into a classified ProviderError: `{"error": …}` with any status,
 * error statuses (401/402/403/429/5xx…), redirects, HTML pages and invalid JSON. Only the protocol's
 * own error texts are quoted; any other body is described (status, type, size), never echoed: the URL
 * may point somewhere that is not a provider, and the message reaches the admin's screen.
 */
export type RawAnswer = { status: number; text: string; contentType?: string | null; retryAfter: string | null; location: string | null };
type Context = { action: ProviderAction; providerId: string; apiKey: string };

const MAX_MESSAGE = 300;

export function readAnswer(answer: RawAnswer, context: Context): unknown {
  const base = { action: context.action, providerId: context.providerId, httpStatus: answer.status };
  const clean = (text: string) => clip(scrubSecret(text, context.apiKey));
  const parsed = parseJson(answer.text);
  const statusKind = classifyHttpStatus(answer.status);
  const retryAfterMs = parseRetryAfter(answer.retryAfter) ?? undefined;

  const errorText = parsed.ok ? errorTextIn(parsed.value, context.action) : null;
  if (errorText !== null) {
    const found = classifyErrorText(errorText);
    const kind = found.known || statusKind === null ? found.kind : statusKind;
    throw new ProviderError({ ...base, kind, reason: found.reason, message: clean(errorText), retryAfterMs });
  }
  if (parsed.ok && typeof parsed.value === "string" && statusKind === null) {
    const found = classifyErrorText(parsed.value);
    if (found.known) throw new ProviderError({ ...base, kind: found.kind, reason: found.reason, message: clean(parsed.value) });
    throw new ProviderError({ ...base, kind: "protocol", message: `Unexpected answer: a JSON string (${describe(answer)})` });
  }
  if (statusKind !== null) {
    if (answer.status >= 300 && answer.status < 400) {
      const target = answer.location ? ` to ${safeLocation(answer.location)}` : "";
      const message = `The provider redirects (HTTP ${answer.status})${target}; set the provider URL to where it redirects`;
      throw new ProviderError({ ...base, kind: "protocol", message, outcomeUnknown: false });
    }
    throw new ProviderError({
      ...base,
      kind: statusKind,
      message: `The provider answered HTTP ${answer.status} (${describe(answer)})`,
      retryAfterMs,
    });
  }
  if (!parsed.ok) {
    throw new ProviderError({ ...base, kind: "server", message: `The provider's answer is not JSON (${describe(answer)})` });
  }
  return parsed.value;
}

/** The error text of an answer object, if it is an error answer (an `add` answer with an order id never is). */
function errorTextIn(value: unknown, action: ProviderAction): string | null {
  if (!isRecord(value)) return null;
  if (action === "add" && value.order !== undefined && value.order !== null && value.order !== "") return null;
  const text = errorTextOf(value.error);
  if (text !== null) return text;
  if (Array.isArray(value.errors)) return value.errors.map(errorTextOf).find((found) => found !== null) ?? null;
  return errorTextOf(value.errors);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const body = text.replace(/^\uFEFF/, "").trim();
  if (body === "") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
}

/** What an unrecognised body is, without any of its content: "text/html, 1,234 bytes". */
function describe(answer: RawAnswer): string {
  const bytes = Buffer.byteLength(answer.text);
  if (bytes === 0) return "empty";
  const type = answer.contentType
    ?.split(";")[0]
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.+/-]/g, "")
    .slice(0, 60);
  return `${type || "no content type"}, ${bytes.toLocaleString("en")} bytes`;
}

function clip(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text;
}

/** Origin and path of a redirect target: its query string may hold secrets. */
function safeLocation(location: string): string {
  try {
    const url = new URL(location, "http://relative.invalid");
    return url.origin === "http://relative.invalid" ? url.pathname : `${url.origin}${url.pathname}`;
  } catch {
    return "another address";
  }
}
