import type { Tx } from "@/lib/db";
import { SETTINGS, type SettingValue } from "@/lib/settings/definitions";

type AffiliateKey = "affiliates.commissionPercent" | "affiliates.cookieDays" | "affiliates.minPayout";

/**
 * An affiliate setting read through the caller's transaction (a commission is credited inside an order's
 * move: a second connection per move could starve the pool under a sync's concurrency). A stored value
 * that no longer validates reads as the default, as lib/settings does.
 */
export async function affiliateSetting<K extends AffiliateKey>(tx: Tx, key: K): Promise<SettingValue<K>> {
  const row = await tx.setting.findUnique({ where: { key }, select: { value: true } });
  const parsed = row ? SETTINGS[key].schema.safeParse(row.value) : null;
  return (parsed?.success ? parsed.data : SETTINGS[key].default) as SettingValue<K>;
}
