import { outboundFetch, type OutboundFetch } from "@/lib/net/outbound-fetch";
import { checkOutboundUrl, outboundRules, type OutboundRules } from "@/lib/net/outbound-url";
import type { ProviderAction } from "./errors";
import { fetchFailure } from "./fetch-failure";
import { readAnswer } from "./read-answer";

/**
 * One API v2 call: a form-encoded POST of `key`, `action` and the parameters to the provider's URL
 * (its own query string kept), under a timeout. Returns the parsed JSON or throws a ProviderError.
 * Neither the key nor the body is ever put in an error or a log. Every call passes the outbound
 * guard (lib/net) first and connects through it, so a refused address is never sent anything.
 */
export const DEFAULT_TIMEOUT_MS = 15_000;

export type TransportConfig = {
  providerId: string;
  apiUrl: string;
  apiKey: string;
  timeoutMs?: number;
  /** Which targets may be reached; defaults to this process's rules (lib/env). */
  outbound?: OutboundRules;
  /** For tests; defaults to the guarded fetch. */
  fetch?: OutboundFetch;
};

export type FormValue = string | number | boolean | null | undefined;
export type FormParams = Record<string, FormValue>;

export async function callProvider(config: TransportConfig, action: ProviderAction, params: FormParams = {}): Promise<unknown> {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const context = { action, providerId: config.providerId, apiKey: config.apiKey, timeoutMs };
  const body = formBody(config.apiKey, action, params);
  const rules = config.outbound ?? outboundRules();
  const doFetch = config.fetch ?? ((url: URL, init: Parameters<OutboundFetch>[1]) => outboundFetch(url, init, rules));
  try {
    const url = await checkOutboundUrl(config.apiUrl, rules);
    const response = await doFetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json, */*;q=0.5" },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const { headers } = response;
    const raw = {
      status: response.status,
      text,
      contentType: headers.get("content-type"),
      retryAfter: headers.get("retry-after"),
      location: headers.get("location"),
    };
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

/** Origin and path only, for logs: the query string may hold a token. */
export function safeEndpoint(apiUrl: string): string {
  try {
    const url = new URL(apiUrl.trim());
    return `${url.origin}${url.pathname}`;
  } catch {
    return "(invalid URL)";
  }
}
