"use server";

import { revalidatePath } from "next/cache";
import { adminRevokeKeySchema } from "@/lib/api-keys/schemas";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { resetTwoFactor } from "@/lib/auth/two-factor/reset-two-factor";
import { resetTwoFactorSchema } from "@/lib/auth/two-factor/schemas";
import { permissionAction } from "@/lib/http/action";
import { changeUserRole, setUserStatus } from "@/lib/users/admin-user-changes";
import { changeRoleSchema, setDollarRateSchema, setStatusSchema } from "@/lib/users/schemas";
import { setDollarRate } from "@/lib/users/set-dollar-rate";
import { adjustBalance } from "@/lib/wallet/adjust-balance";
import { adjustBalanceSchema } from "@/lib/wallet/schemas";

export const adjustBalanceAction = permissionAction("wallet.adjust")
  .schema(adjustBalanceSchema)
  .action(async (input, { user, ip, requestId }) => {
    const result = await adjustBalance(input, { id: user.id, ip, requestId });
    revalidatePath(`/admin/users/${input.userId}`);
    return result;
  });

export const setUserStatusAction = permissionAction("users.manage")
  .schema(setStatusSchema)
  .action(async ({ userId, status }, { user, ip, requestId }) => {
    const result = await setUserStatus(userId, status, { id: user.id, ip, requestId });
    revalidatePath(`/admin/users/${userId}`);
    return result;
  });

export const changeUserRoleAction = permissionAction("users.changeRole")
  .schema(changeRoleSchema)
  .action(async ({ userId, role }, { user, ip, requestId }) => {
    const result = await changeUserRole(userId, role, { id: user.id, ip, requestId });
    revalidatePath(`/admin/users/${userId}`);
    return result;
  });

export const setDollarRateAction = permissionAction("users.manage")
  .schema(setDollarRateSchema)
  .action(async ({ userId, dollarRate }, { user, ip, requestId }) => {
    const result = await setDollarRate(userId, dollarRate === "" ? null : dollarRate, { id: user.id, ip, requestId });
    revalidatePath(`/admin/users/${userId}`);
    return result;
  });

export const revokeUserApiKeyAction = permissionAction("users.manage")
  .schema(adminRevokeKeySchema)
  .action(async ({ userId, keyId }, { user, ip, requestId }) => {
    const result = await revokeApiKey(userId, keyId, { actorId: user.id, ip, requestId });
    revalidatePath(`/admin/users/${userId}`);
    return result;
  });

/** Clears another user's second factor (lost phone and codes); audited with the admin as actor. */
export const resetUserTwoFactorAction = permissionAction("users.manage")
  .schema(resetTwoFactorSchema)
  .action(async ({ userId }, { user, ip, requestId }) => {
    const result = await resetTwoFactor(userId, { id: user.id, ip, requestId });
    revalidatePath(`/admin/users/${userId}`);
    return result;
  });
