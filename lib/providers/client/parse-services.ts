import { isRecord, lowerKeys, toBool, toId, toInt, toMoney, toText, type JsonRecord } from "./coerce";
import { ProviderError } from "./errors";
import { mapServiceType } from "@/lib/api-v2/type-names";
import type { ProviderService, ServiceList, SkippedService } from "./types";

/**
 * The `services` answer: an array of entries (some panels wrap it in `{services: […]}` or key it by
 * id). Each entry is read on its own; a malformed one is skipped and reported, never fatal.
 */
export function parseServices(raw: unknown, providerId?: string): ServiceList {
  const entries = serviceEntries(raw);
  if (entries === null) {
    throw new ProviderError({ kind: "protocol", action: "services", providerId, message: "The services answer is not a list of services" });
  }
  const services: ProviderService[] = [];
  const skipped: SkippedService[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const read = readService(entry);
    if (typeof read === "string") {
      skipped.push({ index, serviceId: isRecord(entry) ? toId(lowerKeys(entry).service ?? lowerKeys(entry).id) : null, problem: read });
    } else if (seen.has(read.serviceId)) {
      skipped.push({ index, serviceId: read.serviceId, problem: "duplicate service id" });
    } else {
      seen.add(read.serviceId);
      services.push(read);
    }
  });
  return { services, skipped };
}

function serviceEntries(raw: unknown): unknown[] | null {
  if (Array.isArray(raw)) return raw;
  if (!isRecord(raw)) return null;
  for (const key of ["services", "data", "result"]) {
    if (Array.isArray(raw[key])) return raw[key] as unknown[];
  }
  const values = Object.values(raw);
  return values.length > 0 && values.every(isRecord) ? values : null;
}

/** One entry, or the reason it cannot be used. */
function readService(entry: unknown): ProviderService | string {
  if (!isRecord(entry)) return "not an object";
  const item: JsonRecord = lowerKeys(entry);
  const serviceId = toId(item.service ?? item.id ?? item.service_id);
  if (serviceId === null) return "missing service id";
  const name = toText(item.name);
  if (name === null) return "missing name";
  const rate = toMoney(item.rate);
  if (rate === null || rate.isNegative()) return "missing or invalid rate";
  const min = toInt(item.min);
  const max = toInt(item.max);
  if (min === null || max === null || min < 0 || max < min) return "missing or invalid min/max";
  return {
    serviceId,
    name,
    type: mapServiceType(item.type),
    category: toText(item.category) ?? "Other",
    rate,
    min,
    max,
    refill: toBool(item.refill) ?? false,
    cancel: toBool(item.cancel) ?? false,
    dripfeed: toBool(item.dripfeed ?? item.drip_feed) ?? false,
    description: toText(item.desc ?? item.description),
  };
}
