import { invalidField } from "@/lib/errors/app-error";
import { panelTimeZone } from "@/lib/reports/panel-time-zone";
import type { PricedOrder } from "./order-units";
import { expiryEnd, parseExpiryDay } from "./subscription-expiry";

/** The columns a drip-feed or a subscription keeps besides its params (prisma/schema.prisma, model Order). */
export type TypeColumns = {
  runs: number | null;
  runInterval: number | null;
  runQuantity: number | null;
  subscriptionPosts: number | null;
  expiresAt: Date | null;
};

/**
 * A drip-feed keeps runs, interval and units per run (quantity = runs × runQuantity, a CHECK in the
 * database); a subscription keeps the posts paid for and, with an expiry day, the end of that day in
 * the panel's time zone, which must still be ahead (errors name `expiry`). Its status stays null until
 * the provider reports one.
 */
export async function typeColumns(priced: PricedOrder, now: Date = new Date()): Promise<TypeColumns> {
  const { dripfeed, params } = priced;
  const columns: TypeColumns = {
    runs: dripfeed?.runs ?? null,
    runInterval: dripfeed?.interval ?? null,
    runQuantity: dripfeed?.runQuantity ?? null,
    subscriptionPosts: null,
    expiresAt: null,
  };
  if (typeof params.posts !== "number" || typeof params.username !== "string") return columns;
  columns.subscriptionPosts = params.posts;
  if (typeof params.expiry === "string") {
    const day = parseExpiryDay(params.expiry);
    if (!day) throw invalidField("expiry", "validation.order.expiryDate");
    columns.expiresAt = expiryEnd(day, await panelTimeZone());
    if (columns.expiresAt.getTime() <= now.getTime()) throw invalidField("expiry", "validation.order.expiryPast");
  }
  return columns;
}
