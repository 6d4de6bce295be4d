import { randomBytes } from "node:crypto";

/** Our transaction id for a gateway: "P", base-36 time, 10 random hex chars (≈ 20 chars; SSLCommerz allows 30). */
export function newTranId(now = Date.now()): string {
  return `P${now.toString(36).toUpperCase()}${randomBytes(5).toString("hex").toUpperCase()}`;
}
