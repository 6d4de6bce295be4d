/**
 * The one error type of the API v2 client. `kind` says what happened; `outcomeUnknown` says whether
 * the provider may have acted on the request (a timeout after sending; a broken answer to a write).
 * No field ever holds the API key or the request body; messages from the provider are scrubbed.
 */
export type ProviderErrorKind = "connect" | "timeout" | "rejected" | "funds" | "auth" | "rate_limited" | "server" | "protocol";

/** Why the provider refused a request (only for kind `rejected`). */
export type RejectReason = "bad_link" | "min_max" | "service_off" | "duplicate_link" | "incorrect_order" | "other";

export type ProviderAction = "services" | "add" | "status" | "refill" | "refill_status" | "cancel" | "balance";

/** Actions that change something at the provider: never resent once anything may have been sent. */
export const WRITE_ACTIONS: ReadonlySet<ProviderAction> = new Set(["add", "refill", "cancel"]);

export type ProviderErrorInit = {
  kind: ProviderErrorKind;
  message: string;
  action: ProviderAction;
  providerId?: string;
  reason?: RejectReason;
  httpStatus?: number;
  retryAfterMs?: number;
  circuitOpen?: boolean;
  /** Overrides the default rule (timeout, or server/protocol answers to a write). */
  outcomeUnknown?: boolean;
  /** A low-level code such as ECONNREFUSED, never a message that could carry a URL or key. */
  causeCode?: string;
};

export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly reason: RejectReason | null;
  readonly action: ProviderAction;
  readonly providerId: string | null;
  readonly httpStatus: number | null;
  readonly retryAfterMs: number | null;
  readonly circuitOpen: boolean;
  readonly outcomeUnknown: boolean;
  readonly causeCode: string | null;

  constructor(init: ProviderErrorInit) {
    super(init.message);
    this.name = "ProviderError";
    this.kind = init.kind;
    this.reason = init.kind === "rejected" ? (init.reason ?? "other") : null;
    this.action = init.action;
    this.providerId = init.providerId ?? null;
    this.httpStatus = init.httpStatus ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.circuitOpen = init.circuitOpen ?? false;
    this.causeCode = init.causeCode ?? null;
    this.outcomeUnknown = init.outcomeUnknown ?? defaultOutcomeUnknown(init.kind, init.action);
  }

  /** Plain data for logs and JSON; there is nothing secret in any field. */
  toJSON() {
    const { name, message, kind, reason, action, providerId, httpStatus, retryAfterMs, circuitOpen, outcomeUnknown, causeCode } = this;
    return { name, message, kind, reason, action, providerId, httpStatus, retryAfterMs, circuitOpen, outcomeUnknown, causeCode };
  }
}

function defaultOutcomeUnknown(kind: ProviderErrorKind, action: ProviderAction): boolean {
  if (kind === "timeout") return true;
  return (kind === "server" || kind === "protocol") && WRITE_ACTIONS.has(action);
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}

/** Removes a secret (plain or URL-encoded) from text the provider sent back, e.g. an echoed key. */
export function scrubSecret(text: string, secret: string): string {
  if (secret.length < 4) return text;
  let out = text;
  for (const form of new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])) {
    out = out.split(form).join("[redacted]");
  }
  return out;
}
