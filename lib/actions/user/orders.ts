"use server";

import { userAction } from "@/lib/http/action";
import { createOrder } from "@/lib/orders/create-order";
import { requestCancel } from "@/lib/orders/requests/request-cancel";
import { requestRefill } from "@/lib/orders/requests/request-refill";
import { submitMassOrders } from "@/lib/orders/submit-mass-orders";
import { orderInputSchema } from "@/lib/orders/schemas";
import { massOrderSchema, orderIdSchema } from "@/lib/orders/order-form-schemas";

export const createOrderAction = userAction
  .schema(orderInputSchema)
  .action(async (input, { user }) => createOrder(user.id, input, { source: "web" }));

export const createMassOrdersAction = userAction
  .schema(massOrderSchema)
  .action(async ({ text, submissionId }, { user }) => submitMassOrders(user.id, text, submissionId ?? null));

export const requestRefillAction = userAction
  .schema(orderIdSchema)
  .action(async ({ orderId }, { user }) => requestRefill(user.id, orderId));

export const requestCancelAction = userAction
  .schema(orderIdSchema)
  .action(async ({ orderId }, { user }) => requestCancel(user.id, orderId));
