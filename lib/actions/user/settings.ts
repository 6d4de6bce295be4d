"use server";

import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { userAction } from "@/lib/http/action";
import { changePassword } from "@/lib/users/change-password";
import { setDisplayCurrency } from "@/lib/users/display-prefs";
import { changePasswordSchema } from "@/lib/users/schemas";
import { z } from "zod";

export const changePasswordAction = userAction.schema(changePasswordSchema).action(async ({ currentPassword, newPassword }, { user }) => {
  await changePassword(user.id, currentPassword, newPassword);
  // Other sessions ended with the old password; this one signs in again with the new one.
  await signInWithPassword(user.email, newPassword);
  return { changed: true };
});

export const setCurrencyAction = userAction
  .schema(z.object({ currency: z.enum(["BDT", "USD"]) }))
  .action(async ({ currency }, { user }) => {
    await setDisplayCurrency(user.id, currency);
    return { currency };
  });
