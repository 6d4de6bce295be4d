import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { CLIENT_MESSAGES, pickMessages } from "@/lib/i18n/client-messages";

type Area = keyof typeof CLIENT_MESSAGES | "signedIn";

/**
 * What an area's client components need, and no more, so a visitor from an ad downloads little:
 * - messages on top of the root's (lib/i18n/client-messages.ts); the signed-in areas (customer and admin
 *   pages) get the whole catalogue, as their forms and tables reach into most namespaces;
 * - the query client and the toaster only where something fetches or toasts: the signed-in areas.
 */
export async function AreaProviders({ area, children }: { area: Area; children: ReactNode }) {
  const messages = await getMessages();
  if (area === "signedIn")
    return (
      <NextIntlClientProvider messages={messages}>
        <Providers>{children}</Providers>
      </NextIntlClientProvider>
    );
  return (
    <NextIntlClientProvider messages={pickMessages(messages, [...CLIENT_MESSAGES.everywhere, ...CLIENT_MESSAGES[area]])}>
      {children}
    </NextIntlClientProvider>
  );
}
