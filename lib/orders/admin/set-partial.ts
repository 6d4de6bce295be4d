import { invalidField } from "@/lib/errors/app-error";
import { adminMove, type AdminMoveResult } from "./admin-move";
import type { AdminActor } from "./lock-order";

/**
 * PARTIAL with `remains` undelivered units: refunds charge × remains / quantity (rounded down) in the
 * same transaction. 0 < remains ≤ quantity (422 naming `remains`); a second call is refused (409,
 * PARTIAL is final) and refunds nothing more.
 */
export async function setPartial(orderId: number, remains: number, actor: AdminActor): Promise<AdminMoveResult> {
  if (!Number.isInteger(remains) || remains <= 0) throw invalidField("remains", "validation.order.remainsPositive");
  return adminMove(
    orderId,
    {
      to: "PARTIAL",
      kind: "admin_partial",
      remains,
      message: `Partial by an admin: ${remains} not delivered`,
      check: (order) => {
        if (remains > order.quantity) throw invalidField("remains", "validation.order.remainsMax", { max: order.quantity });
      },
    },
    actor,
  );
}
