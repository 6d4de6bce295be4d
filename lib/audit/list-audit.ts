import { db, type Prisma } from "@/lib/db";
import type { AuditQuery } from "./audit-query";

export const AUDIT_PAGE_SIZE = 50;

/** Days are the panel's (Asia/Dhaka, UTC+6, no daylight saving), as the page shows times. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+06:00`);
const nextDayStart = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

const SELECT = {
  id: true,
  action: true,
  objectType: true,
  objectId: true,
  before: true,
  after: true,
  ip: true,
  createdAt: true,
  actor: { select: { id: true, email: true } },
} as const;

/**
 * The audit log, newest first, filtered by the actor's e-mail (a part of it), the action, the object
 * (type and/or id) and the days it happened, keyset-paged (`cursor` = the last entry seen). Each
 * entry carries the names of the users and providers it is about or names (e-mails, provider names),
 * when they still exist. Callers check
 * `audit.read` first.
 */
export async function listAudit(query: AuditQuery = {}, take = AUDIT_PAGE_SIZE) {
  const where = auditWhere(query);
  if (query.cursor) {
    const last = await db.auditLog.findUnique({ where: { id: query.cursor }, select: { id: true, createdAt: true } });
    if (last) where.AND = [{ OR: [{ createdAt: { lt: last.createdAt } }, { createdAt: last.createdAt, id: { lt: last.id } }] }];
  }
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(take, 1), 200) + 1,
    select: SELECT,
  });
  const page = rows.slice(0, take);
  const names = await namesOf(page);
  const entries = page.map((row) => ({
    ...row,
    objectName: row.objectType === "user" || row.objectType === "provider" ? (names.get(row.objectId) ?? null) : null,
    /** The users and providers its fields name (userId, providerId), by id: an e-mail or a provider's name. */
    names: Object.fromEntries(referencedIds([row]).flatMap((id) => (names.has(id) ? [[id, names.get(id)!]] : []))),
  }));
  return { entries, nextCursor: rows.length > take ? page[page.length - 1].id : null };
}

export type AuditEntry = Awaited<ReturnType<typeof listAudit>>["entries"][number];

function auditWhere(query: AuditQuery): Prisma.AuditLogWhereInput {
  const from = query.from ? dayStart(query.from) : undefined;
  const to = query.to ? nextDayStart(query.to) : undefined;
  return {
    ...(query.actor ? { actor: { is: { email: { contains: query.actor.toLowerCase() } } } } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.objectType ? { objectType: query.objectType } : {}),
    ...(query.objectId ? { objectId: query.objectId } : {}),
    ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
  };
}

/** The ids of users and providers a row is about or names in its fields. */
function referencedIds(rows: { objectType: string; objectId: string; before: unknown; after: unknown }[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.objectType === "user" || row.objectType === "provider") ids.add(row.objectId);
    for (const side of [row.before, row.after])
      if (side && typeof side === "object" && !Array.isArray(side))
        for (const field of ["userId", "providerId"]) {
          const value = (side as Record<string, unknown>)[field];
          if (typeof value === "string" && value.length <= 64) ids.add(value);
        }
  }
  return [...ids];
}

/** The e-mails of the users and the names of the providers a page of entries refers to (two queries at most). */
async function namesOf(rows: { objectType: string; objectId: string; before: unknown; after: unknown }[]): Promise<Map<string, string>> {
  const ids = referencedIds(rows);
  if (ids.length === 0) return new Map();
  const [users, providers] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } }),
    db.provider.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  ]);
  return new Map([
    ...users.map((user) => [user.id, user.email] as const),
    ...providers.map((provider) => [provider.id, provider.name] as const),
  ]);
}
