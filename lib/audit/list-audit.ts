import { db } from "@/lib/db";

export async function listAudit(options: { objectType?: string; objectId?: string; take?: number } = {}) {
  return db.auditLog.findMany({
    where: { objectType: options.objectType, objectId: options.objectId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.take ?? 50, 200),
    select: {
      id: true,
      action: true,
      objectType: true,
      objectId: true,
      before: true,
      after: true,
      ip: true,
      createdAt: true,
      actor: { select: { id: true, email: true } },
    },
  });
}
