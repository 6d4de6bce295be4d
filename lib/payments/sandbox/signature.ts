import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** How far a sandbox webhook's timestamp may be from now (replays of old deliveries are refused). */
export const TOLERANCE_SECONDS = 300;
export const SIGNATURE_HEADER = "x-sandbox-signature";

/** The sandbox gateway's secret, derived from AUTH_SECRET so nothing extra needs configuring. */
function secret(): string {
  return createHmac("sha256", env().AUTH_SECRET).update("sandbox-gateway-webhook-v1").digest("hex");
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, the way hosted gateways sign. */
export function signSandboxBody(rawBody: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const mac = createHmac("sha256", secret()).update(`${timestamp}.${rawBody}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

export type SignatureCheck = "ok" | "missing" | "malformed" | "stale" | "mismatch";

export function checkSandboxSignature(header: string | null, rawBody: string, now = Math.floor(Date.now() / 1000)): SignatureCheck {
  if (!header) return "missing";
  const parts = Object.fromEntries(header.split(",").map((part) => part.trim().split("=", 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(parts.v1 ?? "")) return "malformed";
  if (Math.abs(now - timestamp) > TOLERANCE_SECONDS) return "stale";
  const expected = createHmac("sha256", secret()).update(`${timestamp}.${rawBody}`).digest("hex");
  return timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1)) ? "ok" : "mismatch";
}
