"use server";

import { revalidatePath } from "next/cache";
import { permissionAction } from "@/lib/http/action";
import {
  bulkOrderAction,
  createManualOrder,
  resolveUncertain,
  runOrderAction,
  syncOrdersNow,
} from "@/lib/orders/admin/admin-order-actions";
import { decideRequest } from "@/lib/orders/requests/admin/decide-request";
import { decideRequestSchema } from "@/lib/orders/requests/admin/schemas";
import {
  bulkOrderActionSchema,
  manualOrderFormSchema,
  orderActionSchema,
  resolveUncertainSchema,
  syncStatusSchema,
} from "@/lib/orders/admin/schemas";

export const orderActionAction = permissionAction("orders.manage")
  .schema(orderActionSchema)
  .action(async (input, { user, ip, requestId }) => {
    const result = await runOrderAction(input, { id: user.id, ip, requestId });
    revalidatePath(`/admin/orders/${input.orderId}`);
    return result;
  });

export const bulkOrderActionAction = permissionAction("orders.manage")
  .schema(bulkOrderActionSchema)
  .action(async (input, { user, ip, requestId }) => {
    const result = await bulkOrderAction(input, { id: user.id, ip, requestId });
    revalidatePath("/admin/orders");
    return result;
  });

export const resolveUncertainAction = permissionAction("orders.manage")
  .schema(resolveUncertainSchema)
  .action(async (input, { user, ip, requestId }) => {
    const resolution = "resend" in input ? { resend: true as const } : { providerOrderId: input.providerOrderId };
    const result = await resolveUncertain(input.orderId, resolution, { id: user.id, ip, requestId });
    revalidatePath(`/admin/orders/${input.orderId}`);
    return result;
  });

export const createManualOrderAction = permissionAction("orders.manage")
  .schema(manualOrderFormSchema)
  .action(async ({ submissionId, ...input }, { user, ip, requestId }) => {
    const result = await createManualOrder(input, { id: user.id, ip, requestId }, { idempotencyKey: submissionId ?? null });
    revalidatePath("/admin/orders");
    return result;
  });

export const syncNowAction = permissionAction("orders.manage")
  .schema(syncStatusSchema)
  .action(async (input, { user, ip, requestId }) => {
    const result = await syncOrdersNow(input, { id: user.id, ip, requestId });
    revalidatePath("/admin/orders/sync");
    return result;
  });

export const decideRequestAction = permissionAction("orders.manage")
  .schema(decideRequestSchema)
  .action(async (input, { user, ip, requestId }) => {
    const result = await decideRequest(input, { id: user.id, ip, requestId });
    revalidatePath("/admin/orders/requests");
    revalidatePath(`/admin/orders/${result.orderId}`);
    return result;
  });
