"use server";

import { revalidatePath } from "next/cache";
import { permissionAction } from "@/lib/http/action";
import { setPanelTimeZone } from "@/lib/reports/panel-time-zone";
import { panelSettingsSchema } from "@/lib/settings/schemas";
import { setSetting } from "@/lib/settings/settings";

export const savePanelSettingsAction = permissionAction("settings.manage")
  .schema(panelSettingsSchema)
  .action(async (input, { user, ip }) => {
    await setSetting("exchange.bdtPerUsd", input.bdtPerUsd, { id: user.id, ip });
    await setSetting("catalog.syncEveryHours", input.syncEveryHours, { id: user.id, ip });
    await setSetting("providers.balanceCheckMinutes", input.balanceCheckMinutes, { id: user.id, ip });
    await setSetting("api.requestsPerMinute", input.apiRequestsPerMinute, { id: user.id, ip });
    await setSetting("orders.forwardClaimMinutes", input.forwardClaimMinutes, { id: user.id, ip });
    await setSetting("accounts.unverifiedMayOrder", input.unverifiedMayOrder, { id: user.id, ip });
    await setPanelTimeZone(input.timeZone, { id: user.id, ip });
    revalidatePath("/admin/settings");
    return { saved: true };
  });
