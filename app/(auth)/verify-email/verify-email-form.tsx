"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { verifyEmailAction } from "@/lib/actions/user/email-verification";

/** One press spends the link's token; a second press (or another tab) is told the link is used. */
export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await verifyEmailAction({ token });
    setBusy(false);
    if (!result.success) return setError(failureMessage(result, t));
    setDone(true);
  };
  if (done) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">{t("auth.verifyTitle")}</h1>
        <Notice tone="success">{t("auth.verifyDone")}</Notice>
        <Link href="/user/dashboard" className="block text-sm text-brand-700 hover:underline">
          {t("auth.verifyContinue")}
        </Link>
      </div>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4">
      <h1 className="text-xl font-semibold">{t("auth.verifyTitle")}</h1>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <p className="text-sm text-slate-700">{t("auth.verifyHelp")}</p>
      <Button type="submit" className="w-full" disabled={busy}>
        {busy ? t("common.working") : t("auth.verifyConfirm")}
      </Button>
    </form>
  );
}
