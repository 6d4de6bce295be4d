import type { JobDefinition } from "@/lib/jobs/types";
import { expireForwardClaims } from "@/lib/orders/expire-forward-claims";
import { findOrdersAwaitingForward } from "@/lib/orders/find-orders-awaiting-forward";
import { forwardOrder } from "@/lib/orders/forward-order";

/** One run per new auto-mode order (event id = forward-<orderId>, so duplicates collapse), throttled per provider. */
export const orderForwardJob: JobDefinition = {
  id: "order-forward",
  trigger: { event: "orders/forward.requested" },
  throttle: { key: "event.data.providerId", limit: 10, period: "1s" },
  handler: async ({ event, step }) => {
    const orderId = Number(event.data.orderId);
    return step.run("forward", () => forwardOrder(orderId));
  },
};

/**
 * Every minute: claims left by a sender that died are handed to an admin (UNCERTAIN, never resent), then
 * auto-mode orders still waiting (event lost, provider out of funds, nothing sent) are tried again.
 */
export const orderForwardSweepJob: JobDefinition = {
  id: "order-forward-sweep",
  trigger: { cron: "* * * * *" },
  handler: async ({ step }) => {
    const expired = await step.run("expire-claims", () => expireForwardClaims());
    const waiting = await step.run("find-waiting", () => findOrdersAwaitingForward());
    const outcomes: Record<string, number> = {};
    for (const orderId of waiting) {
      const outcome = await step.run(`forward-${orderId}`, () => forwardOrder(orderId));
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    return { expired: expired.length, waiting: waiting.length, outcomes };
  },
};
