import { db } from "@/lib/db";
import { getSetting } from "@/lib/settings/settings";
import { moveOrder } from "./move-order";

/**
 * A forward claim older than `orders.forwardClaimMinutes` means the process that sent the order died or
 * hung between the claim and recording the answer (a crash, a killed function, our database failing
 * right after the provider accepted). The order may be at the provider, so it is never sent again by
 * itself: it becomes UNCERTAIN, which tells the admins (moveOrder's notice) and lets them attach the
 * provider's id or resend knowingly. A forward that does answer later still records its answer
 * (UNCERTAIN → PROCESSING is an allowed move). Times are the database's, like the claim's.
 */
export async function expireForwardClaims(): Promise<number[]> {
  const minutes = await getSetting("orders.forwardClaimMinutes");
  const stale = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM orders
     WHERE status = 'PENDING' AND forward_claimed_at < now() - make_interval(mins => ${minutes})
     ORDER BY id LIMIT 500`;
  const expired: number[] = [];
  for (const { id } of stale) {
    const moved = await db.$transaction(async (tx) => {
      // Re-checked under the row lock: an answer recorded in the meantime wins.
      const still = await tx.$queryRaw<{ claimed: Date }[]>`
        SELECT forward_claimed_at AS claimed FROM orders
         WHERE id = ${id} AND status = 'PENDING' AND forward_claimed_at < now() - make_interval(mins => ${minutes})
           FOR UPDATE`;
      if (still.length === 0) return false;
      const message = `Sending began at ${still[0].claimed.toISOString()} and no answer was recorded within ${minutes} minutes (the sending process may have stopped). It may be at the provider: check there, then attach its order id or resend knowingly.`;
      return (
        await moveOrder(tx, id, {
          to: "UNCERTAIN",
          kind: "forward_claim_expired",
          message,
          data: { claimedAt: still[0].claimed.toISOString(), minutes },
        })
      ).moved;
    });
    if (moved) expired.push(id);
  }
  return expired;
}
