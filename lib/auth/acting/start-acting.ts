import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { SessionUser } from "../session";

type Meta = { ip?: string | null; requestId?: string | null };

/**
 * An admin (permission users.impersonate, checked by the caller's action) opens the panel as an active
 * customer sees it. Only this browser's session changes: it now answers as the customer, marked with the
 * admin (session.ts), and refuses every change (guards.ts, lib/http). Audited with the admin as actor.
 */
export async function startActing(admin: SessionUser, customerId: string, meta: Meta = {}): Promise<void> {
  if (admin.actingAdmin) throw new AppError("acting_already", "Return to the admin before acting as another customer.", 409);
  await db.$transaction(async (tx) => {
    const customer = await tx.user.findUnique({ where: { id: customerId }, select: { id: true, role: true, status: true, email: true } });
    if (!customer) throw notFound("User");
    if (customer.role !== "CUSTOMER")
      throw new AppError("acting_customers_only", "userId: only a customer's panel can be opened this way.", 422);
    if (customer.status !== "ACTIVE") throw new AppError("acting_customer_suspended", "userId: this customer is suspended.", 422);
    const { count } = await tx.userSession.updateMany({
      where: { id: admin.sessionId, userId: admin.id, actingAsUserId: null },
      data: { actingAsUserId: customer.id, actingStartedAt: new Date() },
    });
    if (count !== 1) throw new AppError("acting_already", "Return to the admin before acting as another customer.", 409);
    await recordAudit(tx, {
      actorId: admin.id,
      action: "user.acting_start",
      objectType: "user",
      objectId: customer.id,
      after: { email: customer.email },
      ip: meta.ip,
      requestId: meta.requestId,
    });
  });
}
