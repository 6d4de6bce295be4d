import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "../session";

/**
 * "Return to admin": the session answers as the admin again. Audited with the admin as actor and how
 * long the acting lasted. Returns the customer's id, whose admin page the admin goes back to.
 */
export async function endActing(
  user: SessionUser,
  meta: { ip?: string | null; requestId?: string | null } = {},
): Promise<{ customerId: string }> {
  const acting = user.actingAdmin;
  if (!acting) throw new AppError("not_acting", "This session is not acting as a customer.", 409);
  return db.$transaction(async (tx) => {
    const session = await tx.userSession.findFirst({
      where: { id: user.sessionId, userId: acting.id, actingAsUserId: user.id },
      select: { actingStartedAt: true },
    });
    const { count } = await tx.userSession.updateMany({
      where: { id: user.sessionId, userId: acting.id, actingAsUserId: user.id },
      data: { actingAsUserId: null, actingStartedAt: null },
    });
    if (count === 1) {
      const seconds = session?.actingStartedAt ? Math.round((Date.now() - session.actingStartedAt.getTime()) / 1000) : null;
      await recordAudit(tx, {
        actorId: acting.id,
        action: "user.acting_end",
        objectType: "user",
        objectId: user.id,
        after: { seconds },
        ip: meta.ip,
        requestId: meta.requestId,
      });
    }
    return { customerId: user.id };
  });
}
