import { SUBSCRIPTION_MAX_UNITS } from "@/lib/api-v2/service-types";
import { invalidField } from "@/lib/errors/app-error";
import type { OrderInput } from "./schemas";
import { expiryText, parseExpiryDay } from "./subscription-expiry";

type Range = { min: number; max: number };

/** A username as providers take it: letters, digits, `.`, `_`, `-`, 1 to 64 (one leading `@` is dropped). */
const USERNAME = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The params a subscription stores and forwards (the sync reads them): username, min, max, posts, and
 * when given oldPosts, delay (minutes) and expiry (dd/mm/yyyy).
 */
export type SubscriptionParams = {
  username: string;
  min: number;
  max: number;
  posts: number;
  oldPosts?: number;
  delay?: number;
  expiry?: string;
};

/**
 * Checks a subscription (lib/api-v2/service-types.ts SUBSCRIPTIONS) and prices it up front: units =
 * posts × max. min and max each within the service's range, min ≤ max, posts required (unlimited
 * cannot be paid for). Errors name the field. Whether the expiry day is still ahead is checked by
 * createOrder, which knows the panel's time zone.
 */
export function subscriptionUnits(service: Range, input: OrderInput): { units: number; target: string; params: SubscriptionParams } {
  const raw = input.username?.trim() ?? "";
  if (raw === "") throw invalidField("username", "validation.order.requiredForService");
  const username = raw.startsWith("@") ? raw.slice(1) : raw;
  if (!USERNAME.test(username)) throw invalidField("username", "validation.order.username");
  const min = inRange("min", input.min, service);
  const max = inRange("max", input.max, service);
  if (min > max) throw invalidField("min", "validation.order.minAboveMax", { max });
  if (input.posts === undefined) throw invalidField("posts", "validation.order.postsRequired");
  const units = input.posts * max;
  if (units > SUBSCRIPTION_MAX_UNITS) throw invalidField("posts", "validation.order.subscriptionTooLarge", { max: SUBSCRIPTION_MAX_UNITS });
  const params: SubscriptionParams = { username, min, max, posts: input.posts };
  if (input.oldPosts !== undefined) params.oldPosts = input.oldPosts;
  if (input.delay !== undefined) params.delay = input.delay;
  if (input.expiry !== undefined) {
    const day = parseExpiryDay(input.expiry);
    if (!day) throw invalidField("expiry", "validation.order.expiryDate");
    params.expiry = expiryText(day);
  }
  return { units, target: username, params };
}

function inRange(field: "min" | "max", value: number | undefined, service: Range): number {
  if (value === undefined) throw invalidField(field, "validation.order.requiredForService");
  if (value < service.min || value > service.max)
    throw invalidField(field, "validation.order.subscriptionRange", { min: service.min, max: service.max });
  return value;
}
