import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { env, type Env } from "@/lib/env";
import { addressRange, parseAddress } from "./address-range";
import { allowsAddress, allowsHost, parseAllowList, type AllowList } from "./allow-list";

/**
 * The guard for URLs an admin enters (provider API URLs): http(s) only, no credentials, and in
 * production no private, loopback, link-local, unspecified, multicast or otherwise special address
 * unless OUTBOUND_ALLOWED_HOSTS names it. Host names are judged by every address DNS gives for them,
 * at each call; outbound-fetch.ts checks again at connect time, so a name cannot change its answer
 * between the check and the connection (DNS rebinding).
 */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;
export type OutboundRules = { blockPrivate: boolean; allow: AllowList; resolve?: Resolver };

export const OUTBOUND_REFUSED = "ERR_OUTBOUND_REFUSED";

export class OutboundRefused extends Error {
  readonly code = OUTBOUND_REFUSED;
  constructor(
    readonly hostname: string,
    readonly range: string,
  ) {
    super(`${hostname} leads to a ${range} address, which outbound calls may not reach here`);
    this.name = "OutboundRefused";
  }
}

export class OutboundUrlInvalid extends Error {
  readonly code = "ERR_INVALID_URL";
  constructor(message: string) {
    super(message);
    this.name = "OutboundUrlInvalid";
  }
}

/** Private, loopback and link-local targets are refused outside local mode (docs/ARCHITECTURE.md, invariant 12). */
export function privateTargetsRefused(source: Pick<Env, "PANEL_MODE">): boolean {
  return source.PANEL_MODE !== "local";
}

let fromEnv: { source: Env; rules: OutboundRules } | undefined;

/** The rules of this process, from lib/env (OUTBOUND_ALLOWED_HOSTS is validated there). */
export function outboundRules(source: Env = env()): OutboundRules {
  if (fromEnv?.source !== source) {
    fromEnv = { source, rules: { blockPrivate: privateTargetsRefused(source), allow: parseAllowList(source.OUTBOUND_ALLOWED_HOSTS).list } };
  }
  return fromEnv.rules;
}

/** The URL parsed and checked; throws OutboundUrlInvalid or OutboundRefused. */
export async function checkOutboundUrl(text: string | URL, rules: OutboundRules): Promise<URL> {
  const url = parseOutboundUrl(text);
  if (!rules.blockPrivate) return url;
  const hostname = url.hostname;
  if (parseAddress(hostname)) {
    refuseUnlessAllowed(hostname, [hostname.replace(/^\[|\]$/g, "")], rules);
    return url;
  }
  refuseUnlessAllowed(
    hostname,
    (await resolveAll(hostname, rules)).map((found) => found.address),
    rules,
  );
  return url;
}

/** The validation rule (lib/i18n/messages/*.validation.json) for each reason a URL is refused. */
const URL_RULES: Record<string, string> = {
  "not a valid URL": "validation.invalid",
  "must start with http:// or https://": "validation.httpUrl",
  "must not contain a user name or password": "validation.provider.urlCredentials",
};

export function outboundUrlRule(message: string): string {
  return URL_RULES[message] ?? "validation.invalid";
}

/** WHATWG URL parsing already turns 2130706433, 0x7f000001 and 0177.0.0.1 into 127.0.0.1. */
export function parseOutboundUrl(text: string | URL): URL {
  let url: URL;
  try {
    url = new URL(String(text).trim());
  } catch {
    throw new OutboundUrlInvalid("not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new OutboundUrlInvalid("must start with http:// or https://");
  if (url.username || url.password) throw new OutboundUrlInvalid("must not contain a user name or password");
  return url;
}

/** A `lookup` for sockets: resolves, refuses as checkOutboundUrl does, and connects only to what it checked. */
export function guardedLookup(rules: OutboundRules): LookupFunction {
  if (!rules.blockPrivate && !rules.resolve) return dnsLookup;
  return (hostname, options, callback) => {
    resolveAll(hostname, rules)
      .then((found) => {
        if (rules.blockPrivate)
          refuseUnlessAllowed(
            hostname,
            found.map((entry) => entry.address),
            rules,
          );
        const wanted = options.family === 4 || options.family === 6 ? found.filter((entry) => entry.family === options.family) : found;
        if (wanted.length === 0) throw Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" });
        if (options.all) callback(null, wanted);
        else callback(null, wanted[0].address, wanted[0].family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, "", 0));
  };
}

function refuseUnlessAllowed(hostname: string, addresses: string[], rules: OutboundRules): void {
  if (allowsHost(rules.allow, hostname)) return;
  for (const address of addresses) {
    const range = addressRange(address) ?? "unreadable";
    if (range !== "unicast" && !allowsAddress(rules.allow, address)) throw new OutboundRefused(hostname, range);
  }
}

function resolveAll(hostname: string, rules: OutboundRules): Promise<LookupAddress[]> {
  if (rules.resolve) return rules.resolve(hostname);
  return new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });
}
