import { cache } from "react";
import { ownOrderSummary } from "@/lib/orders/own-order-summary";

/** One read of the customer's order figures per request, shared by the dashboard's sections. */
export const dashboardSummary = cache((userId: string) => ownOrderSummary(userId));
