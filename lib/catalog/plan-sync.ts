import { money, type Money } from "@/lib/money/money";
import type { ProviderService } from "@/lib/providers/client";
import { priceFromProvider } from "./pricing";
import type { ServiceChangeInput } from "./record-changes";

export type SyncedService = {
  id: number;
  providerServiceId: string | null;
  rate: { toString(): string };
  providerRate: { toString(): string } | null;
  markupKind: "PERCENT" | "FIXED" | null;
  markupValue: { toString(): string } | null;
  roundTo: { toString(): string } | null;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  status: "ACTIVE" | "DISABLED";
  vanishedAt: Date | null;
};

/** The columns planSync reads, as a Prisma select: the sync and a re-point read a service alike. */
export const SYNCED_SELECT = {
  id: true,
  providerServiceId: true,
  rate: true,
  providerRate: true,
  markupKind: true,
  markupValue: true,
  roundTo: true,
  min: true,
  max: true,
  refill: true,
  cancel: true,
  dripfeed: true,
  status: true,
  vanishedAt: true,
} as const satisfies Record<keyof SyncedService, true>;

export type SyncUpdate = {
  id: number;
  rate: string;
  providerRate: string | null;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
  status: "ACTIVE" | "DISABLED";
  vanished: boolean;
};

/**
 * Pure: what a sync changes. Rates follow the provider through the service's own markup (a hand-set
 * rate without markup is kept); services gone upstream are disabled and marked vanished; ones that
 * come back are reported but stay disabled until an admin enables them.
 */
export function planSync(ours: SyncedService[], upstream: ProviderService[], currency: string, bdtPerUsd: Money) {
  const byId = new Map(upstream.map((service) => [service.serviceId, service]));
  const updates: SyncUpdate[] = [];
  const changes: ServiceChangeInput[] = [];
  for (const service of ours) {
    const theirs = service.providerServiceId ? byId.get(service.providerServiceId) : undefined;
    const current: SyncUpdate = {
      id: service.id,
      rate: money(service.rate).toFixed(4),
      providerRate: service.providerRate?.toString() ?? null,
      min: service.min,
      max: service.max,
      refill: service.refill,
      cancel: service.cancel,
      dripfeed: service.dripfeed,
      status: service.status,
      vanished: service.vanishedAt !== null,
    };
    if (!theirs) {
      if (!current.vanished) {
        updates.push({ ...current, status: "DISABLED", vanished: true });
        changes.push({
          serviceId: service.id,
          kind: "vanished",
          source: "sync",
          before: { status: service.status },
          after: { status: "DISABLED" },
        });
      }
      continue;
    }
    const next: SyncUpdate = {
      ...current,
      providerRate: money(theirs.rate).toString(),
      min: theirs.min,
      max: theirs.max,
      refill: theirs.refill,
      cancel: theirs.cancel,
      dripfeed: theirs.dripfeed,
      vanished: false,
    };
    if (service.markupKind && service.markupValue) {
      next.rate = priceFromProvider({
        providerRate: money(theirs.rate),
        providerCurrency: currency,
        bdtPerUsd,
        markup: { kind: service.markupKind, value: money(service.markupValue) },
        roundTo: service.roundTo ? money(service.roundTo) : null,
      }).toFixed(4);
    }
    if (next.rate !== current.rate) {
      changes.push({
        serviceId: service.id,
        kind: "rate",
        source: "sync",
        before: { rate: current.rate, providerRate: current.providerRate },
        after: { rate: next.rate, providerRate: next.providerRate },
        priceRise: money(next.rate).gt(money(current.rate)),
      });
    } else if (
      next.providerRate !== current.providerRate &&
      !(current.providerRate && money(current.providerRate).eq(money(next.providerRate!)))
    ) {
      changes.push({
        serviceId: service.id,
        kind: "rate",
        source: "sync",
        before: { providerRate: current.providerRate },
        after: { providerRate: next.providerRate },
      });
    }
    if (next.min !== current.min || next.max !== current.max)
      changes.push({
        serviceId: service.id,
        kind: "limits",
        source: "sync",
        before: { min: current.min, max: current.max },
        after: { min: next.min, max: next.max },
      });
    if (next.refill !== current.refill || next.cancel !== current.cancel || next.dripfeed !== current.dripfeed) {
      changes.push({
        serviceId: service.id,
        kind: "flags",
        source: "sync",
        before: { refill: current.refill, cancel: current.cancel, dripfeed: current.dripfeed },
        after: { refill: next.refill, cancel: next.cancel, dripfeed: next.dripfeed },
      });
    }
    if (current.vanished) changes.push({ serviceId: service.id, kind: "returned", source: "sync" });
    const changed = (Object.keys(next) as (keyof SyncUpdate)[]).some((key) =>
      key === "providerRate" ? !sameDecimal(next.providerRate, current.providerRate) : next[key] !== current[key],
    );
    if (changed) updates.push(next);
  }
  return { updates, changes };
}

function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return money(a).eq(money(b));
}
