import type { Prisma, Tx } from "@/lib/db";
import type { AuditAction } from "./audit-actions";

export type AuditInput = {
  actorId: string | null;
  action: AuditAction;
  objectType: string;
  objectId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
  requestId?: string | null;
};

/** Who did what to which object, with before/after. Written inside the change's own transaction. */
export async function recordAudit(tx: Tx, input: AuditInput) {
  await tx.auditLog.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      objectType: input.objectType,
      objectId: input.objectId,
      before: input.before,
      after: input.after,
      ip: input.ip ?? null,
      requestId: input.requestId ?? null,
    },
  });
}
