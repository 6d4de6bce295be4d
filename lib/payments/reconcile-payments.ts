import { db } from "@/lib/db";
import { getSetting } from "@/lib/settings/settings";
import { movePayment } from "./move-payment";
import { reconcileWithGateway } from "./reconcile-with-gateway";

const BATCH = 100;

/**
 * The reconciliation cron: asks SSLCommerz about online payments pending longer than the setting and
 * settles them; expires payments abandoned past the expiry setting (sandbox and unsettled online ones).
 * Held payments are left to the admin.
 */
export async function reconcilePayments(now = new Date()) {
  const [afterMinutes, expireMinutes] = await Promise.all([
    getSetting("payments.reconcileAfterMinutes"),
    getSetting("payments.expireAfterMinutes"),
  ]);
  const askBefore = new Date(now.getTime() - afterMinutes * 60_000);
  const expireBefore = new Date(now.getTime() - expireMinutes * 60_000);
  const stale = await db.payment.findMany({
    where: { status: { in: ["INITIATED", "PENDING"] }, riskHold: false, createdAt: { lt: askBefore } },
    orderBy: { createdAt: "asc" },
    take: BATCH,
    select: { id: true, tranId: true, amount: true, currency: true, status: true, method: true, createdAt: true },
  });
  let asked = 0;
  let settled = 0;
  let expired = 0;
  for (const payment of stale) {
    if (payment.method === "SSLCOMMERZ") {
      asked += 1;
      const outcome = await reconcileWithGateway(payment, "reconcile");
      if (outcome) {
        settled += 1;
        continue;
      }
    }
    if (payment.createdAt < expireBefore) {
      const moved = await db.$transaction((tx) =>
        movePayment(tx, payment.id, {
          to: "EXPIRED",
          source: "reconcile",
          kind: "expired",
          message: `No result after ${expireMinutes} minutes`,
        }),
      );
      if (moved.moved) expired += 1;
    }
  }
  return { checked: stale.length, asked, settled, expired };
}
