import { db, type Tx } from "@/lib/db";
import { money } from "@/lib/money/money";
import { logger } from "@/lib/log/logger";
import { getSetting } from "@/lib/settings/settings";
import { fetchProviderServices } from "./fetch-provider-services";
import { planSync, SYNCED_SELECT, type SyncUpdate } from "./plan-sync";
import { recordServiceChanges } from "./record-changes";

const BATCH = 1000;

export type SyncResult = { providerId: string; checked: number; updated: number; vanished: number; changes: number; priceRises: number };

/** Refreshes one provider's services from its list: rates (keeping our markup), limits, flags, vanished ones. */
export async function syncProviderCatalog(providerId: string): Promise<SyncResult> {
  const [{ services: upstream, currency }, bdtPerUsd] = await Promise.all([
    fetchProviderServices(providerId),
    getSetting("exchange.bdtPerUsd"),
  ]);
  const ours = await db.service.findMany({
    where: { providerId },
    select: SYNCED_SELECT,
  });
  const { updates, changes } = planSync(ours, upstream, currency, money(bdtPerUsd));
  await db.$transaction(
    async (tx) => {
      for (let start = 0; start < updates.length; start += BATCH)
        await writeSyncUpdates(tx, providerId, updates.slice(start, start + BATCH));
      await recordServiceChanges(tx, changes);
      await tx.provider.update({ where: { id: providerId }, data: { lastSyncedAt: new Date() } });
    },
    { timeout: 60_000 },
  );
  const result = {
    providerId,
    checked: ours.length,
    updated: updates.length,
    vanished: changes.filter((change) => change.kind === "vanished").length,
    changes: changes.length,
    priceRises: changes.filter((change) => change.priceRise).length,
  };
  logger.info(result, "catalogue synced");
  return result;
}

/** Only rows still at this provider: a service re-pointed meanwhile (repoint-service.ts) keeps its new figures. */
async function writeSyncUpdates(tx: Pick<Tx, "$executeRaw">, providerId: string, rows: SyncUpdate[]) {
  const column = <K extends keyof SyncUpdate>(key: K) => rows.map((row) => row[key]);
  await tx.$executeRaw`
    UPDATE services AS s
       SET rate = v.rate, provider_rate = v.provider_rate, min = v.min, max = v.max, refill = v.refill, cancel = v.cancel,
           dripfeed = v.dripfeed, status = v.status::"CatalogStatus",
           vanished_at = CASE WHEN v.vanished THEN COALESCE(s.vanished_at, now()) ELSE NULL END, updated_at = now()
      FROM unnest(${column("id")}::int[], ${column("rate")}::numeric[], ${column("providerRate")}::numeric[], ${column("min")}::int[],
                  ${column("max")}::int[], ${column("refill")}::boolean[], ${column("cancel")}::boolean[], ${column("dripfeed")}::boolean[],
                  ${column("status")}::text[], ${column("vanished")}::boolean[])
           AS v(id, rate, provider_rate, min, max, refill, cancel, dripfeed, status, vanished)
     WHERE s.id = v.id AND s.provider_id = ${providerId}`;
}

/** Every active provider whose last sync is older than the setting (the cron calls this hourly). */
export async function providersDueForSync(now = new Date()): Promise<string[]> {
  const hours = await getSetting("catalog.syncEveryHours");
  const cutoff = new Date(now.getTime() - hours * 60 * 60 * 1000);
  const due = await db.provider.findMany({
    where: { status: "ACTIVE", services: { some: {} }, OR: [{ lastSyncedAt: null }, { lastSyncedAt: { lt: cutoff } }] },
    select: { id: true },
  });
  return due.map((provider) => provider.id);
}
