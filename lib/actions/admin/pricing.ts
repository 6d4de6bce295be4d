"use server";

import { revalidatePath } from "next/cache";
import { permissionAction } from "@/lib/http/action";
import { assignPriceGroup } from "@/lib/pricing/assign-price-group";
import { deletePriceGroup } from "@/lib/pricing/delete-price-group";
import { removeCustomerPrice } from "@/lib/pricing/remove-customer-price";
import { saveCustomerPrice } from "@/lib/pricing/save-customer-price";
import { savePriceGroup } from "@/lib/pricing/save-price-group";
import {
  assignPriceGroupSchema,
  customerPriceSchema,
  priceGroupIdSchema,
  priceGroupSchema,
  removeCustomerPriceSchema,
} from "@/lib/pricing/schemas";

const GROUPS_PAGE = "/admin/users/price-groups";

export const savePriceGroupAction = permissionAction("users.manage")
  .schema(priceGroupSchema)
  .action(async (input, { user, ip, requestId }) => {
    const result = await savePriceGroup(input, { id: user.id, ip, requestId });
    revalidatePath(GROUPS_PAGE);
    return result;
  });

export const deletePriceGroupAction = permissionAction("users.manage")
  .schema(priceGroupIdSchema)
  .action(async ({ id }, { user, ip, requestId }) => {
    const result = await deletePriceGroup(id, { id: user.id, ip, requestId });
    revalidatePath(GROUPS_PAGE);
    return result;
  });

export const assignPriceGroupAction = permissionAction("users.manage")
  .schema(assignPriceGroupSchema)
  .action(async ({ userId, priceGroupId }, { user, ip, requestId }) => {
    const result = await assignPriceGroup(userId, priceGroupId || null, { id: user.id, ip, requestId });
    revalidatePath(`/admin/users/${userId}`);
    return result;
  });

export const saveCustomerPriceAction = permissionAction("users.manage")
  .schema(customerPriceSchema)
  .action(async (input, { user, ip, requestId }) => {
    const result = await saveCustomerPrice(input, { id: user.id, ip, requestId });
    revalidatePath(`/admin/users/${input.userId}`);
    return result;
  });

export const removeCustomerPriceAction = permissionAction("users.manage")
  .schema(removeCustomerPriceSchema)
  .action(async ({ userId, priceId }, { user, ip, requestId }) => {
    const result = await removeCustomerPrice(userId, priceId, { id: user.id, ip, requestId });
    revalidatePath(`/admin/users/${userId}`);
    return result;
  });
