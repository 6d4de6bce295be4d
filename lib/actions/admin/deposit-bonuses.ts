"use server";

import { revalidatePath } from "next/cache";
import { permissionAction } from "@/lib/http/action";
import { saveBonusRule } from "@/lib/payments/bonus/bonus-rules";
import { bonusRuleSchema } from "@/lib/payments/bonus/schemas";

/** Creates or changes (switches off included) a deposit-bonus rule: the payment settings' permission, audited. */
export const saveBonusRuleAction = permissionAction("settings.manage")
  .schema(bonusRuleSchema)
  .action(async (input, { user, ip, requestId }) => {
    const saved = await saveBonusRule(input, { id: user.id, ip, requestId });
    revalidatePath("/admin/payments/bonuses");
    revalidatePath("/user/add-funds");
    return saved;
  });
