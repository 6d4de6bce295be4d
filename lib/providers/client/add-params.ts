import { ORDER_FIELDS, SERVICE_TYPES, takesDripfeed, type OrderField } from "@/lib/api-v2/service-types";
import type { ServiceType } from "@/lib/db/generated/enums";
import type { FormParams } from "./transport";

/**
 * What `add` sends, by service type: the fields lib/api-v2/service-types.ts gives the type, under
 * their protocol names. Lists (comments, keywords, usernames…) may be given as arrays; they are sent
 * one per line. Subscription `expiry` may be a Date (sent as d/m/Y, UTC) or text already in d/m/Y.
 */
type Lines = string | string[];
type FieldValue = number | string | string[] | Date;

/** What a field of each kind may be given as. */
type KindValue = { count: number; count0: number; lines: Lines; text: string; username: string; url: string; date: Date | string };

/** The order to send: its type, the provider's service id, and any fields of the table (ORDER_FIELDS). */
export type AddOrderParams = { type: ServiceType; service: string | number; link?: string } & {
  [F in OrderField]?: KindValue[(typeof ORDER_FIELDS)[F]["kind"]];
};

/** The form fields for `add` (besides key and action). Throws RangeError for values no provider accepts. */
export function addOrderForm(params: AddOrderParams): FormParams {
  const spec = SERVICE_TYPES[params.type];
  const form: FormParams = { service: String(params.service) };
  if (spec.target === "link") form.link = required(params.link, "link");
  for (const field of spec.fields) form[ORDER_FIELDS[field].wire] = encode(field, required(params[field], field));
  for (const field of spec.optional ?? []) {
    const value = params[field];
    if (value !== undefined) form[ORDER_FIELDS[field].wire] = encode(field, value);
  }
  if (takesDripfeed(params.type) && (params.runs === undefined) !== (params.interval === undefined))
    throw new RangeError("runs and interval go together (drip-feed)");
  if (params.min !== undefined && params.max !== undefined && params.max < params.min) throw new RangeError("max must not be below min");
  return form;
}

function required<T>(value: T | undefined, field: string): T {
  if (value === undefined || value === "") throw new RangeError(`${field} is required for this service type`);
  return value;
}

function encode(field: OrderField, value: FieldValue): string | number {
  switch (ORDER_FIELDS[field].kind) {
    case "count":
      return count(value, field, 1);
    case "count0":
      return count(value, field, 0);
    case "lines":
      return lines(value as Lines);
    case "date":
      return value instanceof Date ? dmy(value) : String(value);
    default:
      return String(value);
  }
}

function count(value: FieldValue, field: string, least: number): number | string {
  // A poll's answer number may come as text from a stored order; it is sent as text.
  if (typeof value === "string" && /^\d+$/.test(value) && Number(value) >= least) return value;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < least)
    throw new RangeError(`${field} must be a whole number of at least ${least}`);
  return value;
}

function lines(value: Lines): string {
  const list = Array.isArray(value) ? value : value.split(/\r?\n/);
  return list
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

function dmy(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
