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
 * entry carries the name of the user or provider it is about, when that still exists. Callers check
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
  const names = await objectNames(page);
  const entries = page.map((row) => ({ ...row, objectName: names.get(`${row.objectType}:${row.objectId}`) ?? null }));
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

/** The e-mails of the users and the names of the providers a page of entries is about (two queries at most). */
async function objectNames(rows: { objectType: string; objectId: string }[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(rows.filter((row) => row.objectType === type).map((row) => row.objectId))];
  const [users, providers] = await Promise.all([
    ids("user").length ? db.user.findMany({ where: { id: { in: ids("user") } }, select: { id: true, email: true } }) : [],
    ids("provider").length ? db.provider.findMany({ where: { id: { in: ids("provider") } }, select: { id: true, name: true } }) : [],
  ]);
  return new Map([
    ...users.map((user) => [`user:${user.id}`, user.email] as const),
    ...providers.map((provider) => [`provider:${provider.id}`, provider.name] as const),
  ]);
}
