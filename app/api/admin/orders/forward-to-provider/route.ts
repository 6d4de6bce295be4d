import { route } from "@/lib/http/route";
import { forwardToProvider } from "@/lib/orders/admin/forward-to-provider";
import { forwardToProviderSchema } from "@/lib/orders/admin/schemas";

/**
 * The product's contract: {orderId, providerId} → {providerOrderId, status} (plus `outcome` and the
 * provider's `message`). Sends a pending order at most once; an uncertain one only with confirmResend.
 * With `providerServiceId`, the order first moves to that service of the provider's live list.
 */
export const POST = route({ auth: { permission: "orders.manage" }, body: forwardToProviderSchema }, async ({ body, user, ip, requestId }) =>
  forwardToProvider(
    body.orderId,
    body.providerId,
    { id: user.id, ip, requestId },
    {
      confirmResend: body.confirmResend,
      providerServiceId: body.providerServiceId,
    },
  ),
);
