"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { saveMailPreferencesAction } from "@/lib/actions/user/notification-settings";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { failureMessage } from "@/components/forms/use-zod-form";
import type { MailPreference } from "@/lib/notifications/preferences";

/** One switch per notification kind this user receives: e-mail on or off (the in-app notice always appears). */
export function PreferencesForm({ preferences }: { preferences: MailPreference[] }) {
  const t = useTranslations("notifications");
  const tAll = useTranslations();
  const [choices, setChoices] = useState(preferences);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await saveMailPreferencesAction({ choices });
          setError(result.success ? null : failureMessage(result, tAll));
          if (result.success) toast.success(t("saved"));
        });
      }}
      className="space-y-4"
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      <ul className="divide-y divide-slate-100">
        {choices.map((choice) => (
          <li key={choice.kind} className="flex items-center justify-between py-2 text-sm">
            <label htmlFor={`mail-${choice.kind}`}>{t(`kinds.${choice.kind.replace(".", "_")}`)}</label>
            <input
              id={`mail-${choice.kind}`}
              type="checkbox"
              checked={choice.email}
              aria-label={`${t("email")}: ${t(`kinds.${choice.kind.replace(".", "_")}`)}`}
              onChange={(event) =>
                setChoices((current) => current.map((one) => (one.kind === choice.kind ? { ...one, email: event.target.checked } : one)))
              }
            />
          </li>
        ))}
      </ul>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
