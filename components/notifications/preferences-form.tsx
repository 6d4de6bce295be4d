"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { saveMailPreferencesAction } from "@/lib/actions/user/notification-settings";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { failureMessage } from "@/components/forms/use-zod-form";
import { switchesNotice } from "@/lib/notifications/kinds";
import type { MailPreference } from "@/lib/notifications/preferences";

/**
 * One switch per notification kind this user receives: e-mail on or off (the in-app notice always
 * appears), except kinds whose switch stops the notice too (announcements), which say so.
 */
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
        {choices.map((choice) => {
          const name = t(`kinds.${choice.kind.replace(".", "_")}`);
          // A kind whose switch stops the notice itself (announcements) says so under its name.
          const whole = switchesNotice(choice.kind);
          return (
            <li key={choice.kind} className="flex items-center justify-between gap-4 py-2 text-sm">
              <div className="min-w-0">
                <label htmlFor={`mail-${choice.kind}`}>{name}</label>
                {whole ? (
                  <p id={`mail-${choice.kind}-hint`} className="text-xs text-slate-500">
                    {t(`kindHints.${choice.kind}`)}
                  </p>
                ) : null}
              </div>
              <input
                id={`mail-${choice.kind}`}
                type="checkbox"
                checked={choice.email}
                aria-label={`${whole ? t("noticeAndEmail") : t("email")}: ${name}`}
                aria-describedby={whole ? `mail-${choice.kind}-hint` : undefined}
                onChange={(event) =>
                  setChoices((current) => current.map((one) => (one.kind === choice.kind ? { ...one, email: event.target.checked } : one)))
                }
              />
            </li>
          );
        })}
      </ul>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
