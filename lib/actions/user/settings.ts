"use server";

import { SignInError } from "@/lib/auth/authenticate";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { sealPassCarry } from "@/lib/auth/two-factor/pass-carry";
import { userAction } from "@/lib/http/action";
import { changePassword } from "@/lib/users/change-password";
import { setDisplayCurrency } from "@/lib/users/display-prefs";
import { changePasswordSchema } from "@/lib/users/schemas";
import { z } from "zod";

export const changePasswordAction = userAction.schema(changePasswordSchema).action(async ({ currentPassword, newPassword }, { user }) => {
  await changePassword(user.id, currentPassword, newPassword);
  // Other sessions ended with the old password; this one signs in again with the new one, keeping its
  // second-factor pass. A session that had not passed it (made before it was turned on) signs in anew.
  const carry = user.twoFactor.passed ? sealPassCarry(user.id) : undefined;
  try {
    await signInWithPassword(user.email, newPassword, { carry });
  } catch (error) {
    if (error instanceof SignInError && error.reason === "code_required") return { changed: true, signInAgain: true };
    throw error;
  }
  return { changed: true, signInAgain: false };
});

export const setCurrencyAction = userAction
  .schema(z.object({ currency: z.enum(["BDT", "USD"]) }))
  .action(async ({ currency }, { user }) => {
    await setDisplayCurrency(user.id, currency);
    return { currency };
  });
