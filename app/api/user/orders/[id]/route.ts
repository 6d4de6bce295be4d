import { z } from "zod";
import { route } from "@/lib/http/route";
import { getOwnOrder } from "@/lib/orders/get-order";
import { intId } from "@/lib/validation/int4";

export const GET = route({ auth: "user", params: z.object({ id: intId() }) }, async ({ user, params }) => getOwnOrder(user.id, params.id));
