import { OUTBOUND_REFUSED, OutboundRefused, OutboundUrlInvalid } from "@/lib/net/outbound-url";
import { ProviderError, type ProviderAction } from "./errors";

/**
 * A thrown `fetch` failure as a ProviderError. Only failures that prove nothing reached the provider
 * (refused, DNS, unreachable, TLS handshake, connect timeout) are `connect`; everything else, such as
 * a reset or a closed socket after the request went out, is `timeout`: the outcome is unknown.
 */
const NOTHING_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_NONAME",
  "EAI_FAIL",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_INVALID_ARG",
  "ERR_INVALID_URL",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "EPROTO",
]);

type Context = { action: ProviderAction; providerId: string; timeoutMs: number };

export function fetchFailure(error: unknown, context: Context): ProviderError {
  const base = { action: context.action, providerId: context.providerId };
  if (error instanceof ProviderError) return error;
  if (error instanceof OutboundUrlInvalid)
    return new ProviderError({ ...base, kind: "connect", message: `The provider URL ${error.message}`, causeCode: error.code });
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError" || name === "AbortError") {
    return new ProviderError({
      ...base,
      kind: "timeout",
      message: `The provider did not answer within ${context.timeoutMs} ms`,
      causeCode: "TIMEOUT",
    });
  }
  const code = causeCode(error);
  if (code === OUTBOUND_REFUSED) {
    const range = refusalIn(error)?.range ?? "private";
    const message = `The provider URL leads to a ${range} address; production calls no private, loopback or link-local address unless OUTBOUND_ALLOWED_HOSTS names it`;
    return new ProviderError({ ...base, kind: "connect", message, causeCode: code });
  }
  if (code && (NOTHING_SENT_CODES.has(code) || code.startsWith("ERR_SSL_") || code.startsWith("ERR_TLS_"))) {
    return new ProviderError({ ...base, kind: "connect", message: `Could not connect to the provider (${code})`, causeCode: code });
  }
  if (code === "BAD_PORT") {
    return new ProviderError({
      ...base,
      kind: "connect",
      message: "Could not connect to the provider (this port is blocked for fetch)",
      causeCode: code,
    });
  }
  return new ProviderError({
    ...base,
    kind: "timeout",
    message: `The connection to the provider broke before an answer arrived (${code ?? "unknown cause"})`,
    causeCode: code ?? undefined,
  });
}

/** The guard's refusal, thrown before the call or (from the socket's lookup) inside fetch's cause chain. */
function refusalIn(error: unknown): OutboundRefused | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current instanceof OutboundRefused) return current;
    current = current.cause;
  }
  return null;
}

/** The first system or undici code along the cause chain (AggregateError: its first inner code). */
function causeCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const withCode = current as Error & { code?: unknown; errors?: unknown };
    if (typeof withCode.code === "string") return withCode.code;
    if (current.message === "bad port") return "BAD_PORT";
    if (Array.isArray(withCode.errors)) {
      const inner = withCode.errors.map(causeCode).find((found) => found !== null);
      if (inner) return inner;
    }
    current = current.cause;
  }
  return null;
}
