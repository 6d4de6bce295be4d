import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors/app-error";

type Actor = { id: string; ip?: string | null; requestId?: string | null };

/** Suspends or reactivates a user. Suspension also ends their sessions. */
export async function setUserStatus(userId: string, status: "ACTIVE" | "SUSPENDED", actor: Actor) {
  if (userId === actor.id) throw new AppError("self_change", "userId: you cannot suspend yourself", 422);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { status: true } });
    if (!before) throw notFound("User");
    if (before.status === status) return { userId, status };
    await tx.user.update({
      where: { id: userId },
      data: { status, ...(status === "SUSPENDED" ? { sessionVersion: { increment: 1 } } : {}) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.status",
      objectType: "user",
      objectId: userId,
      before: { status: before.status },
      after: { status },
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return { userId, status };
  });
}

/** Changes a user's role; ends their sessions so the new role applies at once. */
export async function changeUserRole(userId: string, role: "CUSTOMER" | "SUPPORT" | "ADMIN", actor: Actor) {
  if (userId === actor.id) throw new AppError("self_change", "userId: you cannot change your own role", 422);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!before) throw notFound("User");
    if (before.role === role) return { userId, role };
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.role",
      objectType: "user",
      objectId: userId,
      before: { role: before.role },
      after: { role },
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return { userId, role };
  });
}
