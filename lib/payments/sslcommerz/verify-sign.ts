import { createHash, timingSafeEqual } from "node:crypto";

const md5 = (text: string) => createHash("md5").update(text, "utf8").digest("hex");

/**
 * SSLCommerz's IPN/return signature: the fields named in `verify_key` (comma-separated) plus
 * `store_passwd` = md5(store password), sorted by name, joined as `k=v&…`, then md5. A first filter
 * only: the validation API is what proves a payment.
 */
export function computeVerifySign(payload: Record<string, string>, storePassword: string): string {
  const keys = (payload.verify_key ?? "")
    .split(",")
    .map((key) => key.trim())
    .filter(Boolean);
  const fields: Record<string, string> = { store_passwd: md5(storePassword) };
  for (const key of keys) fields[key] = payload[key] ?? "";
  const text = Object.keys(fields)
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join("&");
  return md5(text);
}

export function hasValidVerifySign(payload: Record<string, string>, storePassword: string): boolean {
  const given = payload.verify_sign ?? "";
  if (!/^[0-9a-f]{32}$/i.test(given) || !payload.verify_key) return false;
  return timingSafeEqual(Buffer.from(given.toLowerCase()), Buffer.from(computeVerifySign(payload, storePassword)));
}
