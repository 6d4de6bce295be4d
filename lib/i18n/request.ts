import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "@/lib/auth/current-user";
import { DEFAULT_LOCALE, LOCALE_COOKIE, resolveLocale } from "./config";
import { MESSAGES } from "./messages";

// The signed-in user's saved language wins; visitors get their cookie, then English.
export default getRequestConfig(async () => {
  const user = await currentUser();
  const cookieLocale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const locale = user?.locale ?? cookieLocale ?? DEFAULT_LOCALE;
  const messages = MESSAGES[locale];
  return { locale, messages, timeZone: "Asia/Dhaka" };
});
