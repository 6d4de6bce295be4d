import { db, type Prisma } from "@/lib/db";
import { caseTimes } from "./case-times";
import type { ComplaintPriorityName, ComplaintStatusName } from "./lifecycle";
import type { Paged } from "./list-own-complaints";

export type QueueFilters = {
  status?: ComplaintStatusName | "ACTIVE";
  priority?: ComplaintPriorityName;
  categoryId?: string;
  /** A staff id, "me" (resolved by the caller) or "none". */
  assignee?: string;
  orderId?: number;
  paymentId?: string;
  /** Only cases opened at least this many days ago. */
  olderThanDays?: number;
  /** Case number, title, or the customer's e-mail. */
  q?: string;
};

export type QueueRow = {
  id: number;
  title: string;
  status: ComplaintStatusName;
  priority: ComplaintPriorityName;
  category: string;
  categoryBn: string | null;
  customerEmail: string;
  assignee: string | null;
  createdAt: string;
  lastActivityAt: string;
  firstResponseAt: string | null;
  orderIds: number[];
  ageMs: number;
  firstResponseMs: number | null;
};

/** The staff queue: filtered; most urgent first, then oldest, so nothing is forgotten (the priority enum is declared LOW → URGENT). */
export async function listComplaintQueue(filters: QueueFilters, page: { page: number; limit: number }): Promise<Paged<QueueRow>> {
  const where = queueWhere(filters);
  const [rows, total] = await Promise.all([
    db.complaint.findMany({
      where,
      orderBy: [{ priority: "desc" }, { createdAt: "asc" }, { id: "asc" }],
      skip: (page.page - 1) * page.limit,
      take: page.limit,
      select: {
        id: true,
        title: true,
        status: true,
        priority: true,
        createdAt: true,
        lastActivityAt: true,
        firstResponseAt: true,
        category: { select: { name: true, nameBn: true } },
        user: { select: { email: true } },
        assignee: { select: { fullName: true } },
        links: { where: { orderId: { not: null } }, select: { orderId: true } },
      },
    }),
    db.complaint.count({ where }),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    priority: row.priority,
    category: row.category.name,
    categoryBn: row.category.nameBn,
    customerEmail: row.user.email,
    assignee: row.assignee?.fullName ?? null,
    createdAt: row.createdAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    firstResponseAt: row.firstResponseAt?.toISOString() ?? null,
    orderIds: row.links.map((link) => link.orderId!),
    ...caseTimes(row.createdAt.toISOString(), row.firstResponseAt?.toISOString() ?? null),
  }));
  return { items, pagination: { page: page.page, limit: page.limit, total, pages: Math.ceil(total / page.limit) } };
}

function queueWhere(filters: QueueFilters): Prisma.ComplaintWhereInput {
  const and: Prisma.ComplaintWhereInput[] = [];
  if (filters.status === "ACTIVE") and.push({ status: { in: ["OPEN", "IN_PROGRESS"] } });
  else if (filters.status) and.push({ status: filters.status });
  if (filters.priority) and.push({ priority: filters.priority });
  if (filters.categoryId) and.push({ categoryId: filters.categoryId });
  if (filters.assignee === "none") and.push({ assigneeId: null });
  else if (filters.assignee) and.push({ assigneeId: filters.assignee });
  if (filters.orderId) and.push({ links: { some: { orderId: filters.orderId } } });
  if (filters.paymentId) and.push({ links: { some: { paymentId: filters.paymentId } } });
  if (filters.olderThanDays) and.push({ createdAt: { lt: new Date(Date.now() - filters.olderThanDays * 86_400_000) } });
  const q = filters.q?.trim();
  if (q) {
    const number = /^#?\d{1,9}$/.test(q) ? Number(q.replace("#", "")) : null;
    and.push({
      OR: [
        ...(number ? [{ id: number }] : []),
        { title: { contains: q, mode: "insensitive" as const } },
        { user: { email: { contains: q, mode: "insensitive" as const } } },
      ],
    });
  }
  return and.length ? { AND: and } : {};
}
