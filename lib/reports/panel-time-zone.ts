import { db, type Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseWith } from "@/lib/http/validation";
import { SETTINGS } from "@/lib/settings/definitions";
import { getSetting } from "@/lib/settings/settings";

/** The time zone the panel's days are counted in (default Asia/Dhaka). */
export function panelTimeZone(): Promise<string> {
  return getSetting("reports.timeZone");
}

/**
 * Changes the panel's time zone and, in the same transaction, recounts the daily order totals under
 * the new days (rebuild_order_stats, docs/REPORTS.md), so no report ever mixes two zones' days.
 */
export async function setPanelTimeZone(input: unknown, actor: { id: string; ip?: string | null }): Promise<string> {
  const timeZone = parseWith(SETTINGS["reports.timeZone"].schema, input);
  const current = await panelTimeZone();
  if (timeZone === current) return timeZone;
  await db.$transaction(
    async (tx) => {
      await tx.setting.upsert({
        where: { key: "reports.timeZone" },
        create: { key: "reports.timeZone", value: timeZone },
        update: { value: timeZone },
      });
      await tx.$executeRaw`SELECT rebuild_order_stats()`;
      await recordAudit(tx, {
        actorId: actor.id,
        action: "setting.update",
        objectType: "setting",
        objectId: "reports.timeZone",
        before: { value: current } as Prisma.InputJsonValue,
        after: { value: timeZone } as Prisma.InputJsonValue,
        ip: actor.ip,
      });
    },
    { timeout: 120_000 },
  );
  return timeZone;
}
