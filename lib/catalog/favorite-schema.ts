import { z } from "zod";
import { intId } from "@/lib/validation/int4";

/** Pin (`favorite: true`) or unpin a service on the order form's picker. */
export const favoriteServiceSchema = z.object({ serviceId: intId(), favorite: z.boolean() });
