import { db, type Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseWith } from "@/lib/http/validation";
import { SETTINGS, type SettingKey, type SettingValue } from "./definitions";

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const row = await db.setting.findUnique({ where: { key } });
  if (!row) return SETTINGS[key].default as SettingValue<K>;
  const parsed = SETTINGS[key].schema.safeParse(row.value);
  // A stored value that no longer validates falls back to the default rather than breaking pages.
  return (parsed.success ? parsed.data : SETTINGS[key].default) as SettingValue<K>;
}

export async function setSetting<K extends SettingKey>(key: K, input: unknown, actor: { id: string; ip?: string | null }) {
  const value = parseWith(SETTINGS[key].schema, input) as Prisma.InputJsonValue;
  return db.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key } });
    await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "setting.update",
      objectType: "setting",
      objectId: key,
      before: before ? { value: before.value as Prisma.InputJsonValue } : undefined,
      after: { value },
      ip: actor.ip,
    });
    return value;
  });
}
