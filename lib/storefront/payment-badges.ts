import type { PaymentMethod } from "@/lib/db/generated/enums";

export type PaymentBadge = "bkash" | "nagad" | "rocket" | "card" | "test";

/**
 * What a visitor may pay with, from the methods that are on and set up: SSLCommerz takes bKash, Nagad,
 * Rocket and cards; the manual transfers take bKash or Nagad; the built-in sandbox is a test gateway.
 */
export function paymentBadges(methods: readonly PaymentMethod[]): PaymentBadge[] {
  const badges = new Set<PaymentBadge>();
  for (const method of methods) {
    if (method === "SSLCOMMERZ") ["bkash", "nagad", "rocket", "card"].forEach((badge) => badges.add(badge as PaymentBadge));
    if (method === "BKASH_MANUAL") badges.add("bkash");
    if (method === "NAGAD_MANUAL") badges.add("nagad");
    if (method === "SANDBOX") badges.add("test");
  }
  const order: PaymentBadge[] = ["bkash", "nagad", "rocket", "card", "test"];
  return order.filter((badge) => badges.has(badge));
}
