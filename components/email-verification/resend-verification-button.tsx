"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { resendVerificationAction } from "@/lib/actions/user/email-verification";

/** Asks for a new confirmation link (3 an hour); says what happened beside the button. */
export function ResendVerificationButton() {
  const t = useTranslations();
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const onClick = async () => {
    setBusy(true);
    const result = await resendVerificationAction({});
    setBusy(false);
    if (!result.success) return setState({ tone: "error", text: failureMessage(result, t) });
    setState({ tone: "success", text: result.data.sent ? t("auth.verifyResent") : t("auth.verifyAlready") });
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" onClick={onClick} disabled={busy}>
        {busy ? t("common.working") : t("auth.verifyResend")}
      </Button>
      {state ? (
        <span role={state.tone === "error" ? "alert" : "status"} className={state.tone === "error" ? "text-red-700" : "text-emerald-700"}>
          {state.text}
        </span>
      ) : null}
    </div>
  );
}
