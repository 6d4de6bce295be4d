"use server";

import { cookies } from "next/headers";
import { signOut } from "@/lib/auth/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { publicAction } from "@/lib/http/action";
import { updateLocale } from "@/lib/users/update-preferences";
import { z } from "zod";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** Language switch: remembered in a cookie for visitors and on the account for signed-in users. */
export const setLocaleAction = publicAction.schema(z.object({ locale: z.enum(["en", "bn"]) })).action(async ({ locale }, { user }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  if (user) await updateLocale(user.id, locale);
  return { locale };
});

export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
