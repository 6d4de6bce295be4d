import { db } from "@/lib/db";
import { recordPaymentEvent } from "../record-event";
import { queryRefund } from "../sslcommerz/client";
import { sslcommerzConfig } from "../sslcommerz/config";
import { GatewayError } from "../sslcommerz/errors";

/** Asks SSLCommerz how requested refunds stand (refund query by refund_ref_id) and records the ones done. */
export async function syncGatewayRefunds(take = 50): Promise<{ checked: number; refunded: number }> {
  const config = await sslcommerzConfig();
  if (!config) return { checked: 0, refunded: 0 };
  const open = await db.payment.findMany({
    where: { method: "SSLCOMMERZ", status: "REFUNDED", refundStatus: "requested", refundRefId: { not: null } },
    orderBy: { refundedAt: "asc" },
    take,
    select: { id: true, refundRefId: true },
  });
  let refunded = 0;
  for (const payment of open) {
    try {
      const answer = await queryRefund(config, payment.refundRefId!);
      const status = answer.status?.toLowerCase();
      if (status === "refunded" || status === "cancelled") {
        const to = status === "refunded" ? "refunded" : "failed";
        const changed = await db.payment.updateMany({ where: { id: payment.id, refundStatus: "requested" }, data: { refundStatus: to } });
        if (changed.count === 1) {
          await recordPaymentEvent(db, {
            paymentId: payment.id,
            source: "reconcile",
            kind: `gateway_refund.${to}`,
            result: to === "refunded" ? "accepted" : "refused",
            message: `SSLCommerz refund ${status}`,
          });
          if (to === "refunded") refunded += 1;
        }
      }
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      await recordPaymentEvent(db, {
        paymentId: payment.id,
        source: "reconcile",
        kind: "gateway_refund.query_failed",
        result: "info",
        message: error.message,
      });
    }
  }
  return { checked: open.length, refunded };
}
