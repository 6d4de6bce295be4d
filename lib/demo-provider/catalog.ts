import Decimal from "decimal.js";
import type { WireService } from "@/lib/api-v2/wire-service";
import { wireServiceType } from "@/lib/api-v2/type-names";
import type { ServiceType } from "@/lib/db/generated/enums";
import { money } from "@/lib/money/money";
import { FIXED_SERVICES } from "./catalog-fixed";
import { generatedService } from "./catalog-large";

/** The demo keeps our enum; `services` answers with the protocol names (lib/api-v2/service-types.ts). */
export type DemoServiceType = ServiceType;

export interface DemoService {
  service: number;
  name: string;
  type: DemoServiceType;
  category: string;
  /** USD per 1,000 units (for Package types: the package price), up to 7 decimals. */
  rate: string;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  desc: string;
}

export interface CatalogOptions {
  /** `?catalogSize=N`: ids 1..N; default (and anything smaller than 1) = the fixed list. */
  size: number;
  /** `?catalogVariant=V`: see the rule below; 0 = the base catalogue. */
  variant: number;
}

export const FIXED_CATALOG_SIZE = FIXED_SERVICES.length;
export const MAX_CATALOG_SIZE = 20_000;
export const MAX_CATALOG_VARIANT = 1000;

/*
 * The catalogVariant rule (other tests rely on it; change it only together with them).
 * `?catalogVariant=V` with V ≥ 1 is applied to the catalogue of `?catalogSize=N` (fixed list if absent):
 *   - id ≡ 2 (mod 10): rate × (1 + V/10), rounded half-up to 7 decimals
 *       (V=1: service 2 "0.4500000" → "0.4950000", service 12 "0.7500000" → "0.8250000")
 *   - id ≡ 3 (mod 10): removed (V=1: services 3, 13, 23, … vanish; in the fixed list they are all Default)
 *   - id ≡ 4 (mod 10): min × (1 + V), at most max (V=1: service 4 min 20 → 40, service 14 min 5 → 10)
 *   - id ≡ 5 (mod 10): max ÷ (1 + V) rounded down, at least min (V=1: service 5 max 10000000 → 5000000)
 *   - V new services are appended with ids N+1 … N+V (generated like the large catalogue's)
 * Everything else (names, categories, types, flags) is unchanged.
 */
export function applyVariant(services: readonly DemoService[], size: number, variant: number): DemoService[] {
  if (variant <= 0) return [...services];
  const changed: DemoService[] = [];
  for (const service of services) {
    const digit = service.service % 10;
    if (digit === 3) continue;
    if (digit === 2) {
      const rate = money(service.rate)
        .times(money(10 + variant).dividedBy(10))
        .toDecimalPlaces(7, Decimal.ROUND_HALF_UP);
      changed.push({ ...service, rate: rate.toFixed(7) });
    } else if (digit === 4) {
      changed.push({ ...service, min: Math.min(service.max, service.min * (1 + variant)) });
    } else if (digit === 5) {
      changed.push({ ...service, max: Math.max(service.min, Math.floor(service.max / (1 + variant))) });
    } else {
      changed.push(service);
    }
  }
  for (let id = size + 1; id <= size + variant; id += 1) changed.push(generatedService(id));
  return changed;
}

function buildCatalog({ size, variant }: CatalogOptions): DemoService[] {
  const count = size >= 1 ? Math.min(size, MAX_CATALOG_SIZE) : FIXED_CATALOG_SIZE;
  const base: DemoService[] = FIXED_SERVICES.slice(0, count);
  for (let id = FIXED_CATALOG_SIZE + 1; id <= count; id += 1) base.push(generatedService(id));
  return applyVariant(base, count, Math.min(Math.max(variant, 0), MAX_CATALOG_VARIANT));
}

interface BuiltCatalog {
  list: readonly DemoService[];
  byId: ReadonlyMap<number, DemoService>;
}

// Catalogues are pure functions of their options; the few sizes a run uses are kept.
const cache = new Map<string, BuiltCatalog>();

function built(options: CatalogOptions): BuiltCatalog {
  const key = `${options.size}:${options.variant}`;
  let entry = cache.get(key);
  if (!entry) {
    const list = buildCatalog(options);
    entry = { list, byId: new Map(list.map((service) => [service.service, service])) };
    if (cache.size >= 16) cache.delete(cache.keys().next().value as string);
    cache.set(key, entry);
  }
  return entry;
}

export function demoCatalog(options: CatalogOptions): readonly DemoService[] {
  return built(options).list;
}

export function findDemoService(id: number, options: CatalogOptions): DemoService | undefined {
  return built(options).byId.get(id);
}

export function toWireService(service: DemoService): WireService {
  return {
    service: service.service,
    name: service.name,
    type: wireServiceType(service.type),
    category: service.category,
    rate: service.rate,
    min: String(service.min),
    max: String(service.max),
    refill: service.refill,
    cancel: service.cancel,
    dripfeed: service.dripfeed,
    desc: service.desc,
  };
}

/**
 * A service as it was defined for this id, whatever catalogSize or catalogVariant a request uses:
 * orders keep the type and refill/cancel flags of the service they were placed on.
 */
export function baseDemoService(id: number): DemoService | undefined {
  if (!Number.isInteger(id) || id < 1 || id > MAX_CATALOG_SIZE + MAX_CATALOG_VARIANT) return undefined;
  return id <= FIXED_CATALOG_SIZE ? FIXED_SERVICES[id - 1] : generatedService(id);
}
