import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";

/**
 * The customer and admin areas: the whole message catalogue (their forms and tables reach into most
 * namespaces), the query client and the toaster.
 */
export async function SignedInProviders({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider messages={await getMessages()}>
      <Providers>{children}</Providers>
    </NextIntlClientProvider>
  );
}
