"use server";

import { revalidatePath } from "next/cache";
import { decidePayout } from "@/lib/affiliates/decide-payout";
import { affiliateSettingsSchema, decidePayoutSchema, setAffiliatePercentSchema } from "@/lib/affiliates/schemas";
import { setAffiliatePercent } from "@/lib/affiliates/set-affiliate-percent";
import { permissionAction } from "@/lib/http/action";
import { setSetting } from "@/lib/settings/settings";

export const decidePayoutAction = permissionAction("payments.manage")
  .schema(decidePayoutSchema)
  .action(async (input, { user, ip, requestId }) => {
    const result = await decidePayout({ id: user.id, ip, requestId }, input);
    revalidatePath("/admin/payments/payouts");
    return result;
  });

export const setAffiliatePercentAction = permissionAction("users.manage")
  .schema(setAffiliatePercentSchema)
  .action(async ({ userId, affiliatePercent }, { user, ip, requestId }) => {
    const result = await setAffiliatePercent(userId, affiliatePercent === "" ? null : affiliatePercent, { id: user.id, ip, requestId });
    revalidatePath(`/admin/users/${userId}`);
    return result;
  });

export const saveAffiliateSettingsAction = permissionAction("settings.manage")
  .schema(affiliateSettingsSchema)
  .action(async (input, { user, ip }) => {
    await setSetting("affiliates.commissionPercent", input.commissionPercent, { id: user.id, ip });
    await setSetting("affiliates.cookieDays", input.cookieDays, { id: user.id, ip });
    await setSetting("affiliates.minPayout", input.minPayout, { id: user.id, ip });
    revalidatePath("/admin/settings");
    return { saved: true };
  });
