// Component tests: render server-side in one language, failing on any missing or broken message.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NextIntlClientProvider } from "next-intl";
import { createElement as h, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { MESSAGES } from "@/lib/i18n/messages";

export function renderInLocale(locale: "en" | "bn", element: ReactElement, options: { queryClient?: boolean } = {}): string {
  const translated = h(NextIntlClientProvider, {
    locale,
    messages: MESSAGES[locale],
    timeZone: "Asia/Dhaka",
    onError: (error: Error) => {
      throw error; // a missing key fails the test
    },
    children: element,
  });
  return renderToString(options.queryClient ? h(QueryClientProvider, { client: new QueryClient(), children: translated }) : translated);
}
