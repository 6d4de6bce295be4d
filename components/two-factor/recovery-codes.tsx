"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** The recovery codes, shown once (they are not kept readable): copy, download, then done. */
export function RecoveryCodes({ codes, email, onDone }: { codes: string[]; email: string; onDone: () => void }) {
  const t = useTranslations("security");
  const text = [t("fileHeading", { email }), "", ...codes].join("\n");

  const copy = async () => {
    await navigator.clipboard.writeText(codes.join("\n")).then(
      () => toast.success(t("copied")),
      () => undefined,
    );
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([`${text}\n`], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "recovery-codes.txt";
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="space-y-4" data-testid="recovery-codes">
      <h3 className="text-base font-semibold text-slate-900">{t("codesTitle")}</h3>
      <Notice tone="info">{t("codesLead")}</Notice>
      <ol className="grid grid-cols-1 gap-2 rounded-md bg-slate-50 p-3 font-mono text-sm sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code} className="rounded bg-white px-3 py-1.5 text-center shadow-sm">
            <code className="tracking-wider text-slate-900" data-recovery-code>
              {code}
            </code>
          </li>
        ))}
      </ol>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Button type="button" variant="secondary" onClick={copy}>
          {t("copy")}
        </Button>
        <Button type="button" variant="secondary" onClick={download}>
          {t("download")}
        </Button>
        <Button type="button" onClick={onDone}>
          {t("codesSaved")}
        </Button>
      </div>
    </div>
  );
}
