"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Notice } from "@/components/ui/notice";
import { disableTwoFactorAction, regenerateRecoveryCodesAction } from "@/lib/actions/user/two-factor";
import { CodeField } from "./code-field";
import { RecoveryCodes } from "./recovery-codes";
import { useCodeAction } from "./use-code-action";

/** The second factor is on: new recovery codes, or turning it off, each confirmed with a current code. */
export function TwoFactorOn({ email, staff }: { email: string; staff: boolean }) {
  const t = useTranslations("security");
  const router = useRouter();
  const [open, setOpen] = useState<"regenerate" | "off" | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const regenerate = useCodeAction(regenerateRecoveryCodesAction);
  const off = useCodeAction(disableTwoFactorAction);
  const current = open === "off" ? off : regenerate;

  const close = () => {
    setOpen(null);
    regenerate.reset();
    off.reset();
  };
  const confirm = async () => {
    if (open === "regenerate") {
      const done = await regenerate.submit();
      if (!done) return;
      setCodes(done.recoveryCodes);
    } else {
      if (!(await off.submit())) return;
      toast.success(t("turnedOff"));
      router.refresh();
    }
    setOpen(null);
  };

  if (codes) return <RecoveryCodes codes={codes} email={email} onDone={() => (setCodes(null), router.refresh())} />;

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Button type="button" variant="secondary" onClick={() => setOpen("regenerate")}>
          {t("regenerate")}
        </Button>
        {staff ? null : (
          <Button type="button" variant="danger" onClick={() => setOpen("off")}>
            {t("turnOff")}
          </Button>
        )}
      </div>
      {staff ? <Notice tone="info">{t("staffCannotTurnOff")}</Notice> : null}
      <ConfirmDialog
        open={open !== null}
        title={open === "off" ? t("turnOffTitle") : t("regenerateTitle")}
        description={open === "off" ? t("turnOffBody") : t("regenerateBody")}
        confirmLabel={open === "off" ? t("turnOffConfirm") : t("regenerateConfirm")}
        tone={open === "off" ? "danger" : "primary"}
        busy={current.busy}
        canConfirm={current.code.trim() !== ""}
        onConfirm={confirm}
        onCancel={close}
      >
        <CodeField
          id="confirm-code"
          label={open === "off" ? t("anyCodeLabel") : t("codeLabel")}
          value={current.code}
          onChange={current.setCode}
          error={current.error}
          digitsOnly={open !== "off"}
        />
      </ConfirmDialog>
    </div>
  );
}
