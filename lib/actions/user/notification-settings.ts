"use server";

import { z } from "zod";
import { userAction } from "@/lib/http/action";
import { saveMailPreferences } from "@/lib/notifications/preferences";

export const saveMailPreferencesAction = userAction
  .schema(z.object({ choices: z.array(z.object({ kind: z.string().max(64), email: z.boolean() })).max(50) }))
  .action(async ({ choices }, { user }) => saveMailPreferences(user, choices));
