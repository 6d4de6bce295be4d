import { forwardToProvider } from "./forward-to-provider";
import type { AdminActor } from "./lock-order";
import { resolveUncertain } from "./resolve-uncertain";
import type { OrderActionInput } from "./schemas";
import { cancelWithRefund, markCompleted, setOrderStatus } from "./set-order-status";
import { setPartial } from "./set-partial";
import { syncOrdersNow } from "./sync-orders-now";

/** One admin action on one order (the detail page's buttons; the list's bulk bar runs it per order). */
export async function runOrderAction(input: OrderActionInput, actor: AdminActor) {
  switch (input.action) {
    case "setStatus":
      return setOrderStatus(input.orderId, input.to, actor);
    case "setPartial":
      return setPartial(input.orderId, input.remains, actor);
    case "cancel":
      return cancelWithRefund(input.orderId, actor);
    case "complete":
      return markCompleted(input.orderId, actor);
    case "forward":
      return forwardToProvider(input.orderId, input.providerId, actor, { providerServiceId: input.providerServiceId });
    case "resend":
      return resolveUncertain(input.orderId, { resend: true }, actor);
    case "sync":
      return syncOrdersNow({ orderId: input.orderId }, actor);
  }
}
