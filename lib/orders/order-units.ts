import {
  countField,
  ORDER_FIELDS,
  serviceTypeSpec,
  takesDripfeed,
  type OrderField,
  type ServiceTypeSpec,
} from "@/lib/api-v2/service-types";
import type { ServiceType } from "@/lib/db/generated/enums";
import { invalidField } from "@/lib/errors/app-error";
import { isOrderLink } from "./order-link";
import type { OrderInput } from "./schemas";
import { subscriptionUnits } from "./subscription-units";

type ServiceRules = { id?: number; type: ServiceType; min: number; max: number; dripfeed: boolean };

/** A drip-feed's shape as the order keeps it: quantity = runs × runQuantity. */
export type Dripfeed = { runs: number; interval: number; runQuantity: number };

export type PricedOrder = {
  /** What min/max and the price apply to in total (drip-feed: runs × per run; subscription: posts × max). */
  units: number;
  perPackage: boolean;
  /** What the order points at, stored in its `link` column: the link, or a subscription's username. */
  target: string;
  params: Record<string, string | number>;
  dripfeed: Dripfeed | null;
};

const nonEmptyLines = (text: string | undefined) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Checks the fields a service type needs (lib/api-v2/service-types.ts) and returns how many units are
 * bought (what min/max and the price apply to), what the order points at and the extra parameters the
 * provider receives. Errors name the field. `mass`: a line of a mass order (no subscriptions there).
 */
export function orderUnits(service: ServiceRules, input: OrderInput, { mass = false } = {}): PricedOrder {
  const spec = serviceTypeSpec(service.type);
  if (!spec.orderable) throw invalidField("serviceId", "validation.order.serviceUnavailable");
  if (spec.units === "posts") {
    if (mass) throw invalidField("serviceId", "validation.order.subscriptionNotInMass", { id: service.id ?? input.serviceId });
    if (input.runs !== undefined || input.interval !== undefined) throw invalidField("runs", "validation.order.noDripfeed");
    const { units, target, params } = subscriptionUnits(service, input);
    return { units, perPackage: false, target, params, dripfeed: null };
  }
  if (input.link === undefined) throw invalidField("link", "validation.required");
  if (!isOrderLink(input.link)) throw invalidField("link", "validation.orderLink");
  const params: Record<string, string | number> = {};
  for (const field of spec.fields) {
    if (field === "quantity") requireQuantity(input);
    else params[field] = typeField(field, input, spec.units);
  }
  const units = countUnits(spec.units, input);
  let dripfeed: Dripfeed | null = null;
  if (input.runs !== undefined || input.interval !== undefined) {
    if (!service.dripfeed || !takesDripfeed(service.type)) throw invalidField("runs", "validation.order.noDripfeed");
    if (input.runs === undefined || input.interval === undefined)
      throw invalidField(input.runs === undefined ? "runs" : "interval", "validation.order.dripfeedBoth");
    params.runs = input.runs;
    params.interval = input.interval;
    dripfeed = { runs: input.runs, interval: input.interval, runQuantity: units };
  }
  const total = units * (input.runs ?? 1);
  const perPackage = spec.flatPrice;
  if (!perPackage && (units < service.min || total > service.max)) {
    throw invalidField(countField(service.type), input.runs ? "validation.order.betweenRuns" : "validation.order.between", {
      min: service.min,
      max: service.max,
    });
  }
  return { units: total, perPackage, target: input.link, params, dripfeed };
}

function countUnits(units: ServiceTypeSpec["units"], input: OrderInput): number {
  if (units === "quantity") return requireQuantity(input);
  if (units === "package") return 1;
  if (units === "posts") throw new RangeError("subscriptions are priced by subscriptionUnits");
  return nonEmptyLines(input[units]).length;
}

function requireQuantity(input: OrderInput): number {
  if (input.quantity === undefined) throw invalidField("quantity", "validation.required");
  return input.quantity;
}

/** A field the type needs besides the quantity, as stored on the order and sent to the provider. */
function typeField(field: OrderField, input: OrderInput, countedBy: string): string | number {
  if (field === "answerNumber") {
    if (input.answerNumber === undefined) throw invalidField("answerNumber", "validation.order.requiredForPoll");
    return input.answerNumber;
  }
  const value = (input as Record<string, unknown>)[field];
  if (typeof value !== "string" || !value.trim()) {
    if (field === "comments") throw invalidField("comments", "validation.order.commentsRequired");
    if (field === countedBy) throw invalidField("usernames", "validation.order.usernamesRequired");
    throw invalidField(field, "validation.order.requiredForService");
  }
  return ORDER_FIELDS[field].kind === "lines" ? nonEmptyLines(value).join("\n") : value;
}
