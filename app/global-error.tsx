"use client";

import "./globals.css";
import { MessagePage } from "@/components/ui/message-page";

/**
 * The root layout itself failed, so there is no language or message provider: the message is given in
 * both languages. It must render its own <html> and <body>.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <MessagePage
          title="Something went wrong · কিছু একটা ভুল হয়েছে"
          body={
            <>
              <p>The panel hit an unexpected error. Please try again.</p>
              <p lang="bn" className="mt-1">
                প্যানেলে একটি অপ্রত্যাশিত ত্রুটি হয়েছে। আবার চেষ্টা করুন।
              </p>
              {error.digest ? <p className="mt-2 font-mono text-xs text-slate-500">{error.digest}</p> : null}
            </>
          }
        >
          <button
            type="button"
            onClick={reset}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            Try again · আবার চেষ্টা করুন
          </button>
        </MessagePage>
      </body>
    </html>
  );
}
