import { route } from "@/lib/http/route";
import { listOrdersForAdmin } from "@/lib/orders/admin/list-orders-for-admin";
import { adminOrderQuerySchema } from "@/lib/orders/admin/schemas";

/** The admin order list (filters and search as query parameters; `cursor` = the previous page's nextCursor). */
export const GET = route({ auth: { permission: "orders.read" }, query: adminOrderQuerySchema }, async ({ query }) =>
  listOrdersForAdmin(query),
);
