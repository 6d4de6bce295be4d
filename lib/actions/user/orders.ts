"use server";

import { userAction } from "@/lib/http/action";
import { placeOrder } from "@/lib/orders/place-order";
import { requestCancel } from "@/lib/orders/requests/request-cancel";
import { requestRefill } from "@/lib/orders/requests/request-refill";
import { submitMassOrders } from "@/lib/orders/submit-mass-orders";
import { massOrderSchema, orderFormSchema, orderIdSchema } from "@/lib/orders/order-form-schemas";

export const createOrderAction = userAction
  .schema(orderFormSchema)
  .action(async ({ submissionId, ...input }, { user }) =>
    placeOrder(user.id, input, { source: "web", idempotencyKey: submissionId ?? null }),
  );

export const createMassOrdersAction = userAction
  .schema(massOrderSchema)
  .action(async ({ text, submissionId }, { user }) => submitMassOrders(user.id, text, submissionId ?? null));

export const requestRefillAction = userAction
  .schema(orderIdSchema)
  .action(async ({ orderId }, { user }) => requestRefill(user.id, orderId));

export const requestCancelAction = userAction
  .schema(orderIdSchema)
  .action(async ({ orderId }, { user }) => requestCancel(user.id, orderId));
