"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { MessagePage } from "@/components/ui/message-page";

/** A page that failed to render: a translated message, the reference the server logged, and a retry. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("pages");
  return (
    <MessagePage
      title={t("errorTitle")}
      testId="error-title"
      body={
        <>
          <p>{t("errorBody")}</p>
          {error.digest ? <p className="mt-2 font-mono text-xs text-slate-500">{error.digest}</p> : null}
        </>
      }
    >
      <div className="flex gap-3">
        <Button onClick={reset}>{t("tryAgain")}</Button>
        <Link href="/" className={buttonClass("secondary")}>
          {t("home")}
        </Link>
      </div>
    </MessagePage>
  );
}
