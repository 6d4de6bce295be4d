"use server";

import { z } from "zod";
import { endActing } from "@/lib/auth/acting/end-acting";
import { startActing } from "@/lib/auth/acting/start-acting";
import { actingSessionAction, permissionAction } from "@/lib/http/action";
import { userIdSchema } from "@/lib/users/schemas";

/** An admin opens the panel as this customer sees it (read-only; lib/auth/acting). */
export const startActingAction = permissionAction("users.impersonate")
  .schema(userIdSchema)
  .action(async ({ userId }, { user, ip, requestId }) => {
    await startActing(user, userId, { ip, requestId });
    return { userId };
  });

/** "Return to admin": the one action a session acting as a customer may run. */
export const endActingAction = actingSessionAction
  .schema(z.object({}))
  .action(async (_input, { user, ip, requestId }) => endActing(user, { ip, requestId }));
