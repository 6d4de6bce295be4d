"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { failureMessage } from "@/components/forms/use-zod-form";
import type { Envelope } from "@/lib/http/envelope";
import { changeUserRoleAction, setUserStatusAction } from "@/lib/actions/admin/users";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

type Role = "CUSTOMER" | "SUPPORT" | "ADMIN";

export function UserControls(props: {
  userId: string;
  status: "ACTIVE" | "SUSPENDED";
  role: Role;
  canManage: boolean;
  canChangeRole: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (call: () => Promise<Envelope<unknown>>) =>
    startTransition(async () => {
      setError(null);
      const result = await call();
      if (!result.success) setError(failureMessage(result, t));
      router.refresh();
    });

  return (
    <div className="mt-4 space-y-3 border-t border-slate-100 pt-4">
      {error ? <Notice tone="error">{error}</Notice> : null}
      {props.canManage ? (
        props.status === "ACTIVE" ? (
          <Button
            variant="danger"
            disabled={pending}
            onClick={() => run(() => setUserStatusAction({ userId: props.userId, status: "SUSPENDED" }))}
          >
            {t("adminUser.suspend")}
          </Button>
        ) : (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => run(() => setUserStatusAction({ userId: props.userId, status: "ACTIVE" }))}
          >
            {t("adminUser.reactivate")}
          </Button>
        )
      ) : null}
      {props.canChangeRole ? (
        <label className="flex items-center gap-2 text-sm">
          <span className="text-slate-600">{t("adminUser.changeRole")}</span>
          <select
            value={props.role}
            disabled={pending}
            onChange={(event) => run(() => changeUserRoleAction({ userId: props.userId, role: event.target.value as Role }))}
            className="rounded-md border border-slate-300 px-2 py-1"
          >
            {(["CUSTOMER", "SUPPORT", "ADMIN"] as const).map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
