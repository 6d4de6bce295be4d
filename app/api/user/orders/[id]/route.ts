import { z } from "zod";
import { route } from "@/lib/http/route";
import { getOwnOrder } from "@/lib/orders/get-order";

export const GET = route({ auth: "user", params: z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) }) }, async ({ user, params }) =>
  getOwnOrder(user.id, params.id),
);
