"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { confirmTwoFactorAction } from "@/lib/actions/user/two-factor";
import { CodeField } from "./code-field";
import { RecoveryCodes } from "./recovery-codes";
import { TurnOnButton } from "./turn-on-button";
import { useCodeAction } from "./use-code-action";

/** Setting up: the QR code and the key as text, then a code from the app; then the recovery codes, once. */
export function EnrolForm({ qr, grouped, email }: { qr: string; grouped: string; email: string }) {
  const t = useTranslations("security");
  const router = useRouter();
  const confirm = useCodeAction(confirmTwoFactorAction);
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) {
    return (
      <div className="space-y-4">
        <Notice tone="success">{t("enabled")}</Notice>
        <RecoveryCodes codes={codes} email={email} onDone={() => router.refresh()} />
      </div>
    );
  }

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const done = await confirm.submit();
        if (done) setCodes(done.recoveryCodes);
      }}
    >
      <p className="text-sm text-slate-700">{t("scan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server, nothing to optimise */}
      <img src={qr} alt={t("qrAlt")} width={192} height={192} className="h-48 w-48 rounded-md border border-slate-200 bg-white" />
      <div className="space-y-1">
        <p className="text-sm text-slate-700">{t("manual")}</p>
        <code
          className="block rounded-md bg-slate-50 px-3 py-2 font-mono text-sm tracking-wider break-all text-slate-900"
          data-testid="totp-secret"
        >
          {grouped}
        </code>
      </div>
      <p className="text-sm text-slate-700">{t("enterCode")}</p>
      <CodeField id="enrol-code" label={t("codeLabel")} value={confirm.code} onChange={confirm.setCode} error={confirm.error} digitsOnly />
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Button type="submit" disabled={confirm.busy || confirm.code.trim() === ""}>
          {t("confirm")}
        </Button>
        <TurnOnButton label={t("restart")} variant="secondary" />
      </div>
    </form>
  );
}
