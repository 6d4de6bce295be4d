import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "@/lib/auth/current-user";
import { getBrand } from "@/lib/brand/brand";
import { LOCALE_COOKIE, LOCALE_HEADER, resolveLocale } from "./config";
import { MESSAGES } from "./messages";

// A link's own ?lang= wins (middleware.ts passes it on; hreflang links use it); then the signed-in
// user's saved language; visitors get their cookie, then the panel's default language (the brand
// settings; English unless the owner chose Bengali).
export default getRequestConfig(async () => {
  const fromLink = resolveLocale((await headers()).get(LOCALE_HEADER));
  const user = await currentUser();
  const cookieLocale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const locale = fromLink ?? user?.locale ?? cookieLocale ?? (await getBrand()).defaultLocale;
  const messages = MESSAGES[locale];
  return { locale, messages, timeZone: "Asia/Dhaka" };
});
