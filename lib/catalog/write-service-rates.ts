import type { Tx } from "@/lib/db";

/** Sets many services' rates and markup in one statement (unnest), not one query per service. */
export async function writeServiceRates(
  tx: Pick<Tx, "$executeRaw">,
  rates: { id: number; rate: string }[],
  markup: { markupKind: "PERCENT" | "FIXED"; markupValue: string; roundTo: string | null },
) {
  if (rates.length === 0) return 0;
  return tx.$executeRaw`
    UPDATE services AS s
       SET rate = v.rate, markup_kind = ${markup.markupKind}::"MarkupKind", markup_value = ${markup.markupValue}::numeric,
           round_to = ${markup.roundTo}::numeric, updated_at = now()
      FROM unnest(${rates.map((row) => row.id)}::int[], ${rates.map((row) => row.rate)}::numeric[]) AS v(id, rate)
     WHERE s.id = v.id`;
}
