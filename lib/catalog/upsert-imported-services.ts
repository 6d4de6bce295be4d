import type { Tx } from "@/lib/db";

export type ImportRow = {
  name: string;
  description: string | null;
  categoryId: string;
  providerServiceId: string;
  type: string;
  rate: string;
  providerRate: string;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
};

export type ImportConstants = {
  providerId: string;
  providerCurrency: string;
  markupKind: "PERCENT" | "FIXED";
  markupValue: string;
  roundTo: string | null;
};

/**
 * Inserts or updates a batch in ONE statement: one row per (provider, provider service id), so a
 * re-import updates instead of duplicating. Our own status and mode are kept on update.
 */
export async function upsertImportedServices(tx: Pick<Tx, "$queryRaw">, rows: ImportRow[], constants: ImportConstants) {
  if (rows.length === 0) return [];
  const column = <K extends keyof ImportRow>(key: K) => rows.map((row) => row[key]);
  return tx.$queryRaw<{ id: number; providerServiceId: string; inserted: boolean }[]>`
    INSERT INTO services (name, description, category_id, provider_id, provider_service_id, type, rate, provider_rate,
                          provider_currency, markup_kind, markup_value, round_to, min, max, refill, cancel, dripfeed, updated_at)
    SELECT v.name, v.description, v.category_id, ${constants.providerId}, v.provider_service_id, v.type::"ServiceType", v.rate,
           v.provider_rate, ${constants.providerCurrency}, ${constants.markupKind}::"MarkupKind", ${constants.markupValue}::numeric,
           ${constants.roundTo}::numeric, v.min, v.max, v.refill, v.cancel, v.dripfeed, now()
      FROM unnest(${column("name")}::text[], ${column("description")}::text[], ${column("categoryId")}::text[],
                  ${column("providerServiceId")}::text[], ${column("type")}::text[], ${column("rate")}::numeric[],
                  ${column("providerRate")}::numeric[], ${column("min")}::int[], ${column("max")}::int[],
                  ${column("refill")}::boolean[], ${column("cancel")}::boolean[], ${column("dripfeed")}::boolean[])
           AS v(name, description, category_id, provider_service_id, type, rate, provider_rate, min, max, refill, cancel, dripfeed)
    ON CONFLICT (provider_id, provider_service_id) DO UPDATE
       SET name = EXCLUDED.name, description = EXCLUDED.description, category_id = EXCLUDED.category_id, type = EXCLUDED.type,
           rate = EXCLUDED.rate, provider_rate = EXCLUDED.provider_rate, provider_currency = EXCLUDED.provider_currency,
           markup_kind = EXCLUDED.markup_kind, markup_value = EXCLUDED.markup_value, round_to = EXCLUDED.round_to,
           min = EXCLUDED.min, max = EXCLUDED.max, refill = EXCLUDED.refill, cancel = EXCLUDED.cancel,
           dripfeed = EXCLUDED.dripfeed, vanished_at = NULL, updated_at = now()
    RETURNING id, provider_service_id AS "providerServiceId", (xmax = 0) AS inserted`;
}
