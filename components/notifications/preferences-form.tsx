"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
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
  const [state, setState] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await saveMailPreferencesAction({ choices });
          setState(result.success ? { tone: "success", text: t("saved") } : { tone: "error", text: failureMessage(result, tAll) });
        });
      }}
      className="space-y-4"
    >
      {state ? <Notice tone={state.tone}>{state.text}</Notice> : null}
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
