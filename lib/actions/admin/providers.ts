"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { syncProviderCatalog } from "@/lib/catalog/sync-provider-catalog";
import { permissionAction } from "@/lib/http/action";
import { refreshProviderBalance } from "@/lib/providers/refresh-provider-balance";
import { createProvider, updateProvider } from "@/lib/providers/save-provider";
import { providerCreateSchema, providerUpdateSchema } from "@/lib/providers/schemas";

const providerIdSchema = z.object({ providerId: z.string().min(1).max(64) });

export const createProviderAction = permissionAction("providers.manage")
  .schema(providerCreateSchema)
  .action(async (input, { user, ip, requestId }) => {
    const provider = await createProvider(input, { id: user.id, ip, requestId });
    revalidatePath("/admin/providers");
    return { providerId: provider.id };
  });

export const updateProviderAction = permissionAction("providers.manage")
  .schema(providerUpdateSchema)
  .action(async (input, { user, ip, requestId }) => {
    const provider = await updateProvider(input, { id: user.id, ip, requestId });
    revalidatePath(`/admin/providers/${provider.id}`);
    return { providerId: provider.id };
  });

export const testProviderAction = permissionAction("providers.manage")
  .schema(providerIdSchema)
  .action(async ({ providerId }) => {
    const result = await refreshProviderBalance(providerId);
    revalidatePath(`/admin/providers/${providerId}`);
    return result;
  });

export const syncProviderAction = permissionAction("catalog.manage")
  .schema(providerIdSchema)
  .action(async ({ providerId }) => {
    const result = await syncProviderCatalog(providerId);
    revalidatePath(`/admin/providers/${providerId}`);
    return result;
  });
