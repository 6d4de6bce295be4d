"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The customer's referral link, shown whole (it wraps on a phone) with a button that copies it. */
export function ReferralLink({ link, hint }: { link: string | null; hint: string }) {
  const t = useTranslations("affiliates.link");
  const [copied, setCopied] = useState(false);
  if (!link) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <code
          className="min-w-0 flex-1 rounded-md bg-slate-100 px-3 py-2 font-mono text-sm [overflow-wrap:anywhere] text-slate-900"
          data-testid="referral-link"
        >
          {link}
        </code>
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(link);
            setCopied(true);
            setTimeout(() => setCopied(false), 2000);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      <p className="text-sm text-slate-600">{hint}</p>
    </div>
  );
}
