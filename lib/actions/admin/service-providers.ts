"use server";

import { revalidatePath } from "next/cache";
import { repointServiceSchema, serviceFallbackSchema } from "@/lib/catalog/provider-move-schemas";
import { repointService } from "@/lib/catalog/repoint-service";
import { setServiceFallback } from "@/lib/catalog/set-service-fallback";
import { permissionAction } from "@/lib/http/action";

/** Where a service sends new orders: another provider's service, from its live list. */
export const repointServiceAction = permissionAction("catalog.manage")
  .schema(repointServiceSchema)
  .action(async (input, { user, ip, requestId }) => {
    const result = await repointService(input, { id: user.id, ip, requestId });
    revalidatePath(`/admin/catalog/services/${input.serviceId}`);
    revalidatePath("/admin/catalog/services");
    return result;
  });

/** The service's fallback provider (set from its live list, or cleared). */
export const setServiceFallbackAction = permissionAction("catalog.manage")
  .schema(serviceFallbackSchema)
  .action(async (input, { user, ip, requestId }) => {
    const result = await setServiceFallback(input, { id: user.id, ip, requestId });
    revalidatePath(`/admin/catalog/services/${input.serviceId}`);
    return result;
  });
