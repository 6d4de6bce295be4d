import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_MESSAGES, pickMessages } from "@/lib/i18n/client-messages";

type Area = keyof typeof CLIENT_MESSAGES | "signedIn";

/**
 * The messages an area's client components read, on top of the root's (lib/i18n/client-messages.ts).
 * The signed-in areas (customer and admin pages) get the whole catalogue: their forms and tables reach
 * into most namespaces, and they are not what a visitor from an ad downloads.
 */
export async function AreaMessages({ area, children }: { area: Area; children: ReactNode }) {
  const messages = await getMessages();
  const picked = area === "signedIn" ? messages : pickMessages(messages, [...CLIENT_MESSAGES.everywhere, ...CLIENT_MESSAGES[area]]);
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
