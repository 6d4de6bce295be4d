"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { passSecondFactorAction } from "@/lib/actions/user/two-factor";
import { CodeField } from "./code-field";
import { useCodeAction } from "./use-code-action";

/** A session from before the second factor was on passes it with a code. */
export function PassForm() {
  const t = useTranslations("security");
  const router = useRouter();
  const pass = useCodeAction(passSecondFactorAction);
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (!(await pass.submit())) return;
        toast.success(t("passed"));
        router.refresh();
      }}
    >
      <p className="text-sm text-slate-700">{t("passLead")}</p>
      <CodeField id="pass-code" label={t("anyCodeLabel")} value={pass.code} onChange={pass.setCode} error={pass.error} />
      <Button type="submit" disabled={pass.busy || pass.code.trim() === ""}>
        {t("passSubmit")}
      </Button>
    </form>
  );
}
