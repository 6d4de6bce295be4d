import { randomUUID } from "node:crypto";
import { clientIp } from "@/lib/auth/client-ip";

export const REQUEST_ID_HEADER = "x-request-id";

/** middleware.ts sets x-request-id on every request; anything else gets a fresh one. */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
}

export function requestMeta(headers: Headers) {
  return { requestId: requestIdFrom(headers), ip: clientIp(headers) };
}
