import { headers } from "next/headers";

/** This request's CSP nonce (middleware.ts puts the policy on the request), for a page's own inline script. */
export async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy") ?? "";
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
}
