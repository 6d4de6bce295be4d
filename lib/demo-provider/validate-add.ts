import type { Money } from "@/lib/money/money";
import { chargeFor, usd } from "./amounts";
import type { DemoService } from "./catalog";
import { MAX_RUNS } from "./dripfeed";
import { expiryEnd, type SubscriptionParams } from "./subscription";
import { ApiV2Error } from "@/lib/api-v2/errors";
import { fieldLabel, ORDER_FIELDS, SERVICE_TYPES, takesDripfeed, type OrderField } from "@/lib/api-v2/service-types";

// The `add` fields of each service type (lib/api-v2/service-types.ts), checked the way a strict panel
// checks them. Pure: the service and the request's parameters in, what to store and bill out.

export type DemoParams = Readonly<Record<string, string | undefined>>;

export interface ValidAdd {
  /** The order's target: the link, or for Subscriptions the username. */
  link: string;
  /** Units to deliver (drip-feed: per run; subscription: posts × max, 0 when unlimited; Package: 1). */
  quantity: number;
  charge: Money;
  /** Drip-feed only. */
  runs?: number;
  interval?: number;
  /** Subscriptions only. */
  subscription?: SubscriptionParams;
}

const MAX_QUANTITY = 2_147_483_647;
const MAX_POSTS = 10_000;
const DELAYS = new Set([0, 5, 10, 15, 30, ...Array.from({ length: 19 }, (_, index) => 60 + index * 30)]);

function text(params: DemoParams, name: string): string | undefined {
  const value = params[name]?.trim();
  return value ? value : undefined;
}

function lines(value: string | undefined): string[] {
  return (value ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    return new URL(value).hostname.length > 0;
  } catch {
    return false;
  }
}

function isUsername(value: string): boolean {
  return /^@?[A-Za-z0-9._-]{1,64}$/.test(value);
}

function whole(value: string | undefined, error: string, { min = 1 } = {}): number {
  if (value === undefined || !/^\d{1,10}$/.test(value.trim())) throw new ApiV2Error(error);
  const number = Number(value.trim());
  if (number < min || number > MAX_QUANTITY) throw new ApiV2Error(error);
  return number;
}

function checkRange(quantity: number, service: DemoService): void {
  if (quantity < service.min) throw new ApiV2Error(`Quantity less than minimal ${service.min}`);
  if (quantity > service.max) throw new ApiV2Error(`Quantity more than maximal ${service.max}`);
}

function billed(service: DemoService, link: string, quantity: number): ValidAdd {
  checkRange(quantity, service);
  return { link, quantity, charge: chargeFor(service.rate, quantity) };
}

function required(params: DemoParams, name: string, error: string, valid: (value: string) => boolean = () => true): string {
  const value = text(params, name);
  if (!value || !valid(value)) throw new ApiV2Error(error);
  return value;
}

function defaultOrder(service: DemoService, params: DemoParams, link: string): ValidAdd {
  const quantity = whole(params.quantity, "Incorrect quantity");
  if (text(params, "runs") === undefined && text(params, "interval") === undefined) return billed(service, link, quantity);
  if (!service.dripfeed) throw new ApiV2Error("Drip-feed is not available for this service");
  const runs = whole(params.runs, "Incorrect runs");
  if (runs > MAX_RUNS) throw new ApiV2Error("Incorrect runs");
  const interval = whole(params.interval, "Incorrect interval");
  const total = quantity * runs;
  if (total < service.min) throw new ApiV2Error(`Quantity less than minimal ${service.min}`);
  if (total > service.max) throw new ApiV2Error(`Quantity more than maximal ${service.max}`);
  return { link, quantity, charge: chargeFor(service.rate, total), runs, interval };
}

/** Billed up front for `posts` × `max` units; without `posts` (unlimited) nothing up front, each post as it appears. */
function subscription(service: DemoService, params: DemoParams, now: Date): ValidAdd {
  const target = text(params, "username") ?? text(params, "link");
  if (!target || !(isUsername(target) || isHttpUrl(target))) throw new ApiV2Error("Incorrect username");
  const min = whole(params.min, "Incorrect min");
  const max = whole(params.max, "Incorrect max");
  checkRange(min, service);
  checkRange(max, service);
  if (min > max) throw new ApiV2Error("Min cannot be greater than max");
  const posts = text(params, "posts") === undefined ? null : whole(params.posts, "Incorrect posts");
  if (posts !== null && posts > MAX_POSTS) throw new ApiV2Error("Incorrect posts");
  const oldPosts = text(params, "old_posts") === undefined ? 0 : whole(params.old_posts, "Incorrect old posts", { min: 0 });
  const delay = text(params, "delay") === undefined ? 0 : whole(params.delay, "Incorrect delay", { min: 0 });
  if (!DELAYS.has(delay)) throw new ApiV2Error("Incorrect delay");
  const expiry = text(params, "expiry") ?? null;
  // The expiry day itself still counts (until its end, UTC); a day already over is refused.
  const end = expiry === null ? undefined : expiryEnd(expiry);
  if (expiry !== null && (!end || end <= now)) throw new ApiV2Error("Incorrect expiry date");
  const quantity = (posts ?? 0) * max;
  if (quantity > MAX_QUANTITY) throw new ApiV2Error("Incorrect posts");
  const subscription = { username: target, min, max, posts, old_posts: oldPosts, delay, expiry, rate: service.rate };
  return { link: target, quantity, charge: chargeFor(service.rate, quantity), subscription };
}

function isDate(value: string): boolean {
  return expiryEnd(value) !== undefined;
}

const capital = (text: string) => text[0].toUpperCase() + text.slice(1);

/** Checks one field as a strict panel does; returns its value (a count, or the lines). */
function checkField(params: DemoParams, field: OrderField): number | string[] | string | undefined {
  const { wire, kind } = ORDER_FIELDS[field];
  const label = fieldLabel(field);
  switch (kind) {
    case "count":
      return whole(params[wire], `Incorrect ${label}`);
    case "count0":
      return whole(params[wire], `Incorrect ${label}`, { min: 0 });
    case "lines": {
      const list = lines(params[wire]);
      if (list.length === 0) throw new ApiV2Error(`${capital(label)} are required`);
      return list;
    }
    case "text":
      return required(params, wire, `${capital(label)} is required`);
    case "username":
      return required(params, wire, `Incorrect ${label}`, isUsername);
    case "url":
      return required(params, wire, `Incorrect ${label}`, isHttpUrl);
    case "date": {
      const value = text(params, wire);
      if (value !== undefined && !isDate(value)) throw new ApiV2Error(`Incorrect ${label}`);
      return value;
    }
  }
}

export function validateAdd(service: DemoService, params: DemoParams, now = new Date()): ValidAdd {
  const spec = SERVICE_TYPES[service.type];
  if (spec.units === "posts") return subscription(service, params, now);
  const link = required(params, "link", "Incorrect link", isHttpUrl);
  const values = new Map<OrderField, ReturnType<typeof checkField>>();
  for (const field of spec.fields) if (field !== "quantity") values.set(field, checkField(params, field));
  if (spec.units === "package") return { link, quantity: 1, charge: usd(service.rate) };
  if (spec.units === "quantity" && takesDripfeed(service.type)) return defaultOrder(service, params, link);
  const quantity = spec.units === "quantity" ? whole(params.quantity, "Incorrect quantity") : (values.get(spec.units) as string[]).length;
  if (!spec.flatPrice) return billed(service, link, quantity);
  checkRange(quantity, service);
  return { link, quantity, charge: usd(service.rate) };
}
