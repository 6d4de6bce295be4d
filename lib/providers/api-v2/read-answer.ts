import { classifyErrorText, classifyHttpStatus, parseRetryAfter } from "./classify";
import { errorTextOf, isRecord } from "./coerce";
import { ProviderError, scrubSecret, type ProviderAction } from "./errors";

/**
 * Turns an HTTP answer into JSON, or into a classified ProviderError: `{"error": …}` with any status,
 * error statuses (401/402/403/429/5xx…), redirects, HTML pages and invalid JSON.
 */
export type RawAnswer = { status: number; text: string; retryAfter: string | null; location: string | null };
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
    throw new ProviderError({ ...base, kind: "protocol", message: `Unexpected answer: ${clean(parsed.value)}` });
  }
  if (statusKind !== null) {
    if (answer.status >= 300 && answer.status < 400) {
      const target = answer.location ? ` to ${safeLocation(answer.location)}` : "";
      const message = `The provider redirects (HTTP ${answer.status})${target}; set the provider URL to where it redirects`;
      throw new ProviderError({ ...base, kind: "protocol", message, outcomeUnknown: false });
    }
    const detail = snippet(answer.text);
    const message = `The provider answered HTTP ${answer.status}${detail ? `: ${clean(detail)}` : ""}`;
    throw new ProviderError({ ...base, kind: statusKind, message, retryAfterMs });
  }
  if (!parsed.ok) {
    const detail = snippet(answer.text);
    throw new ProviderError({ ...base, kind: "server", message: `The provider's answer is not JSON${detail ? `: ${clean(detail)}` : " (empty)"}` });
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

/** A short, readable hint of a non-JSON body: an HTML page's title, or its first characters. */
function snippet(text: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
  const plain = (title ?? text.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
  return plain.length > 120 ? `${plain.slice(0, 120)}…` : plain;
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
