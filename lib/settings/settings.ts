import { db, Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseWith } from "@/lib/http/validation";
import { SETTINGS, type SettingKey, type SettingValue } from "./definitions";

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const row = await db.setting.findUnique({ where: { key } });
  return readStored(key, row?.value);
}

/** Several settings in one query, in the order asked. */
export async function getSettings<const K extends readonly SettingKey[]>(...keys: K): Promise<{ [I in keyof K]: SettingValue<K[I]> }> {
  const rows = await db.setting.findMany({ where: { key: { in: [...keys] } } });
  return settingsFrom(rows, ...keys);
}

/** Settings from stored rows a caller read itself (inside a wider query), in the order asked. */
export function settingsFrom<const K extends readonly SettingKey[]>(
  rows: readonly { key: string; value: unknown }[],
  ...keys: K
): { [I in keyof K]: SettingValue<K[I]> } {
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  return keys.map((key) => readStored(key, stored.get(key))) as { [I in keyof K]: SettingValue<K[I]> };
}

/** A stored value that no longer validates falls back to the default rather than breaking pages. */
function readStored<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> {
  if (stored === undefined) return SETTINGS[key].default as SettingValue<K>;
  const parsed = SETTINGS[key].schema.safeParse(stored);
  return (parsed.success ? parsed.data : SETTINGS[key].default) as SettingValue<K>;
}

export async function setSetting<K extends SettingKey>(key: K, input: unknown, actor: { id: string; ip?: string | null }) {
  return (await replaceSetting(key, input, actor)).value;
}

/**
 * Writes a setting with its audit row and answers the value it replaced too (as read, or the default),
 * for callers that clean up after it (an uploaded image's old file). Writers of one key take turns
 * (an advisory lock), so each sees the value the one before it wrote.
 */
export async function replaceSetting<K extends SettingKey>(
  key: K,
  input: unknown,
  actor: { id: string; ip?: string | null },
): Promise<{ value: Prisma.InputJsonValue; previous: SettingValue<K> }> {
  const value = parseWith(SETTINGS[key].schema, input) as Prisma.InputJsonValue;
  // A setting may be null (no logo uploaded): a JSON null in the column, which Prisma spells JsonNull.
  const stored = value === null ? Prisma.JsonNull : value;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`setting|${key}`}, 0))`;
    const before = await tx.setting.findUnique({ where: { key } });
    await tx.setting.upsert({ where: { key }, create: { key, value: stored }, update: { value: stored } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "setting.update",
      objectType: "setting",
      objectId: key,
      before: before ? { value: before.value as Prisma.InputJsonValue } : undefined,
      after: { value },
      ip: actor.ip,
    });
    return { value, previous: readStored(key, before?.value) };
  });
}
