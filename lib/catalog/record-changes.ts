import type { Prisma, Tx } from "@/lib/db";

export type ServiceChangeInput = {
  serviceId: number;
  /** `provider`: re-pointed to another provider's service; `fallback`: its fallback provider set or cleared. */
  kind: "created" | "rate" | "limits" | "flags" | "disabled" | "enabled" | "vanished" | "returned" | "moved" | "provider" | "fallback";
  source: "sync" | "import" | "admin";
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  priceRise?: boolean;
};

/** Writes service changes in one statement, however many there are. */
export async function recordServiceChanges(tx: Pick<Tx, "serviceChange">, changes: ServiceChangeInput[]): Promise<number> {
  if (changes.length === 0) return 0;
  const { count } = await tx.serviceChange.createMany({
    data: changes.map((change) => ({ ...change, priceRise: change.priceRise ?? false })),
  });
  return count;
}
