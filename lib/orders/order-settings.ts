import { getSettings } from "@/lib/settings/settings";

/** The panel settings placing an order reads, in one query (a mass order reads them once for all its lines). */
export type OrderSettings = { bdtPerUsd: string; unverifiedMayOrder: boolean };

export async function readOrderSettings(): Promise<OrderSettings> {
  const [bdtPerUsd, unverifiedMayOrder] = await getSettings("exchange.bdtPerUsd", "accounts.unverifiedMayOrder");
  return { bdtPerUsd, unverifiedMayOrder };
}
