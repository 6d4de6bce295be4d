"use server";

import { revalidatePath } from "next/cache";
import { bulkUpdateServices } from "@/lib/catalog/bulk-update-services";
import { createManualService } from "@/lib/catalog/create-manual-service";
import { bulkServicesSchema, manualServiceSchema, serviceUpdateSchema } from "@/lib/catalog/schemas";
import { updateService } from "@/lib/catalog/update-service";
import { permissionAction } from "@/lib/http/action";

export const bulkUpdateServicesAction = permissionAction("catalog.manage")
  .schema(bulkServicesSchema)
  .action(async (input, { user, ip }) => {
    const result = await bulkUpdateServices(input, { id: user.id, ip });
    revalidatePath("/admin/catalog/services");
    revalidatePath("/admin/catalog/categories");
    return result;
  });

export const updateServiceAction = permissionAction("catalog.manage")
  .schema(serviceUpdateSchema)
  .action(async (input, { user, ip }) => {
    const result = await updateService(input, { id: user.id, ip });
    revalidatePath(`/admin/catalog/services/${input.serviceId}`);
    revalidatePath("/admin/catalog/services");
    revalidatePath("/admin/catalog/categories");
    return result;
  });

export const createManualServiceAction = permissionAction("catalog.manage")
  .schema(manualServiceSchema)
  .action(async (input, { user, ip, requestId }) => {
    const result = await createManualService(input, { id: user.id, ip, requestId });
    revalidatePath("/admin/catalog/services");
    revalidatePath("/admin/catalog/categories");
    return result;
  });
