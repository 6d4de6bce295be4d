import { db } from "@/lib/db";
import type { ComplaintPriorityName, ComplaintStatusName } from "./lifecycle";

export type OwnComplaintRow = {
  id: number;
  title: string;
  status: ComplaintStatusName;
  priority: ComplaintPriorityName;
  category: string;
  categoryBn: string | null;
  createdAt: string;
  lastActivityAt: string;
};
export type Paged<T> = { items: T[]; pagination: { page: number; limit: number; total: number; pages: number } };

/** The customer's cases, newest activity first, with the specification's pagination envelope. */
export async function listOwnComplaints(
  userId: string,
  options: { page: number; limit: number; status?: ComplaintStatusName },
): Promise<Paged<OwnComplaintRow>> {
  const where = { userId, ...(options.status ? { status: options.status } : {}) };
  const [rows, total] = await Promise.all([
    db.complaint.findMany({
      where,
      orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
      skip: (options.page - 1) * options.limit,
      take: options.limit,
      select: {
        id: true,
        title: true,
        status: true,
        priority: true,
        createdAt: true,
        lastActivityAt: true,
        category: { select: { name: true, nameBn: true } },
      },
    }),
    db.complaint.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      priority: row.priority,
      category: row.category.name,
      categoryBn: row.category.nameBn,
      createdAt: row.createdAt.toISOString(),
      lastActivityAt: row.lastActivityAt.toISOString(),
    })),
    pagination: { page: options.page, limit: options.limit, total, pages: Math.ceil(total / options.limit) },
  };
}
