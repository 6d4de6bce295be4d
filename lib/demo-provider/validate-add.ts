import type { Money } from "@/lib/money/money";
import { chargeFor, usd } from "./amounts";
import type { DemoService } from "./catalog";
import { ApiV2Error } from "@/lib/api-v2/errors";
import { fieldLabel, ORDER_FIELDS, SERVICE_TYPES, takesDripfeed, type OrderField } from "@/lib/api-v2/service-types";

// The `add` fields of each service type (lib/api-v2/service-types.ts), checked the way a strict panel
// checks them. Pure: the service and the request's parameters in, what to store and bill out.

export type DemoParams = Readonly<Record<string, string | undefined>>;

export interface ValidAdd {
  /** The order's target: the link, or for Subscriptions the username. */
  link: string;
  /** Units to deliver in total (drip-feed: quantity × runs; Package: 1). */
  quantity: number;
  charge: Money;
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
  whole(params.interval, "Incorrect interval");
  checkRange(quantity, service);
  const total = quantity * runs;
  if (total > service.max) throw new ApiV2Error(`Quantity more than maximal ${service.max}`);
  return { link, quantity: total, charge: chargeFor(service.rate, total) };
}

/** Billed up front for `posts` × `max` units (no `posts`, i.e. unlimited: one post's worth). */
function subscription(service: DemoService, params: DemoParams): ValidAdd {
  const target = text(params, "username") ?? text(params, "link");
  if (!target || !(isUsername(target) || isHttpUrl(target))) throw new ApiV2Error("Incorrect username");
  const min = whole(params.min, "Incorrect min");
  const max = whole(params.max, "Incorrect max");
  checkRange(min, service);
  checkRange(max, service);
  if (min > max) throw new ApiV2Error("Min cannot be greater than max");
  const posts = text(params, "posts") === undefined ? 1 : whole(params.posts, "Incorrect posts");
  if (posts > MAX_POSTS) throw new ApiV2Error("Incorrect posts");
  if (text(params, "old_posts") !== undefined) whole(params.old_posts, "Incorrect old posts", { min: 0 });
  if (text(params, "delay") !== undefined && !DELAYS.has(whole(params.delay, "Incorrect delay", { min: 0 }))) {
    throw new ApiV2Error("Incorrect delay");
  }
  const expiry = text(params, "expiry");
  if (expiry !== undefined && !isDate(expiry)) throw new ApiV2Error("Incorrect expiry date");
  const quantity = posts * max;
  if (quantity > MAX_QUANTITY) throw new ApiV2Error("Incorrect posts");
  return { link: target, quantity, charge: chargeFor(service.rate, quantity) };
}

function isDate(value: string): boolean {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!match) return false;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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

export function validateAdd(service: DemoService, params: DemoParams): ValidAdd {
  const spec = SERVICE_TYPES[service.type];
  if (spec.units === "posts") return subscription(service, params);
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
