import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_MESSAGES, pickMessages } from "@/lib/i18n/client-messages";

/**
 * A public area's messages on top of the root's (lib/i18n/client-messages.ts), and nothing else: no
 * query client, no toaster, so a visitor from an ad downloads little. The signed-in areas use
 * SignedInProviders instead (a separate file, so importing this one never pulls their code into a page).
 */
export async function AreaProviders({ area, children }: { area: keyof typeof CLIENT_MESSAGES; children: ReactNode }) {
  const messages = pickMessages(await getMessages(), [...CLIENT_MESSAGES.everywhere, ...CLIENT_MESSAGES[area]]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
