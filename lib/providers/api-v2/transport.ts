import { ProviderError, type ProviderAction } from "./errors";
import { fetchFailure } from "./fetch-failure";
import { readAnswer } from "./read-answer";

/**
 * One API v2 call: a form-encoded POST of `key`, `action` and the parameters to the provider's URL
 * (its own query string kept), under a timeout. Returns the parsed JSON or throws a ProviderError.
 * Neither the key nor the body is ever put in an error or a log.
 */
export const DEFAULT_TIMEOUT_MS = 15_000;

export type TransportConfig = {
  providerId: string;
  apiUrl: string;
  apiKey: string;
  timeoutMs?: number;
  /** For tests; defaults to the global fetch. */
  fetch?: typeof fetch;
};

export type FormValue = string | number | boolean | null | undefined;
export type FormParams = Record<string, FormValue>;

export async function callProvider(config: TransportConfig, action: ProviderAction, params: FormParams = {}): Promise<unknown> {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const context = { action, providerId: config.providerId, apiKey: config.apiKey, timeoutMs };
  const url = providerUrl(config.apiUrl, action, config.providerId);
  const body = formBody(config.apiKey, action, params);
  const doFetch = config.fetch ?? fetch;
  try {
    const response = await doFetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json, */*;q=0.5" },
      body,
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const raw = { status: response.status, text, retryAfter: response.headers.get("retry-after"), location: response.headers.get("location") };
    return readAnswer(raw, context);
  } catch (error) {
    throw fetchFailure(error, context);
  }
}

export function formBody(apiKey: string, action: ProviderAction, params: FormParams): string {
  const form = new URLSearchParams();
  form.set("key", apiKey);
  form.set("action", action);
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    form.set(name, typeof value === "boolean" ? (value ? "1" : "0") : String(value));
  }
  return form.toString();
}

function providerUrl(apiUrl: string, action: ProviderAction, providerId: string): URL {
  let url: URL;
  try {
    url = new URL(apiUrl.trim());
  } catch {
    throw new ProviderError({ kind: "connect", action, providerId, message: "The provider URL is not a valid URL", causeCode: "ERR_INVALID_URL" });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ProviderError({ kind: "connect", action, providerId, message: "The provider URL must start with http:// or https://", causeCode: "ERR_INVALID_URL" });
  }
  if (url.username || url.password) {
    throw new ProviderError({ kind: "connect", action, providerId, message: "The provider URL must not contain a user name or password", causeCode: "ERR_INVALID_URL" });
  }
  return url;
}

/** Origin and path only, for logs: the query string may hold a token. */
export function safeEndpoint(apiUrl: string): string {
  try {
    const url = new URL(apiUrl.trim());
    return `${url.origin}${url.pathname}`;
  } catch {
    return "(invalid URL)";
  }
}
