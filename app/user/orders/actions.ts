"use server";

import { userAction } from "@/lib/http/action";
import { invalidField } from "@/lib/http/errors";
import { createMassOrders, MASS_ORDER_MAX_LINES, parseMassLines } from "@/lib/orders/create-mass-orders";
import { createOrder } from "@/lib/orders/create-order";
import { requestCancel } from "@/lib/orders/requests/request-cancel";
import { requestRefill } from "@/lib/orders/requests/request-refill";
import { orderInputSchema } from "@/lib/orders/schemas";
import { massOrderSchema, orderIdSchema } from "./schemas";

export const createOrderAction = userAction
  .schema(orderInputSchema)
  .action(async (input, { user }) => createOrder(user.id, input, { source: "web" }));

export const createMassOrdersAction = userAction.schema(massOrderSchema).action(async ({ text }, { user }) => {
  // createMassOrders refuses longer texts with a plain RangeError (a 500); say it as a field error first.
  if (parseMassLines(text).length > MASS_ORDER_MAX_LINES) throw invalidField("text", `at most ${MASS_ORDER_MAX_LINES} lines at a time`);
  return createMassOrders(user.id, text);
});

export const requestRefillAction = userAction
  .schema(orderIdSchema)
  .action(async ({ orderId }, { user }) => requestRefill(user.id, orderId));

export const requestCancelAction = userAction
  .schema(orderIdSchema)
  .action(async ({ orderId }, { user }) => requestCancel(user.id, orderId));
