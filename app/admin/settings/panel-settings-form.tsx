"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage, useZodForm } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { panelSettingsSchema } from "@/lib/settings/schemas";
import { savePanelSettingsAction } from "@/lib/actions/admin/settings";

type Props = {
  bdtPerUsd: string;
  syncEveryHours: number;
  balanceCheckMinutes: number;
  apiRequestsPerMinute: number;
  forwardClaimMinutes: number;
  timeZone: string;
  unverifiedMayOrder: boolean;
};

/** The panel's settings, opened with their saved values. */
export function PanelSettingsForm(saved: Props) {
  const t = useTranslations();
  const [state, setState] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useZodForm(panelSettingsSchema, { defaultValues: saved });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await savePanelSettingsAction(values);
    setState(result.success ? { tone: "success", text: t("adminSettings.saved") } : { tone: "error", text: failureMessage(result, t) });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state ? <Notice tone={state.tone}>{state.text}</Notice> : null}
      <Field
        label={t("adminSettings.bdtPerUsd")}
        inputMode="decimal"
        hint={t("adminSettings.bdtPerUsdHint")}
        error={errors.bdtPerUsd?.message}
        {...form.register("bdtPerUsd")}
      />
      <Field
        label={t("adminSettings.syncHours")}
        inputMode="numeric"
        error={errors.syncEveryHours?.message}
        {...form.register("syncEveryHours")}
      />
      <Field
        label={t("providerHealth.settings.balanceCheckMinutes")}
        inputMode="numeric"
        hint={t("providerHealth.settings.balanceCheckMinutesHint")}
        error={errors.balanceCheckMinutes?.message}
        {...form.register("balanceCheckMinutes")}
      />
      <Field
        label={t("adminSettings.apiRequestsPerMinute")}
        inputMode="numeric"
        hint={t("adminSettings.apiRequestsPerMinuteHint")}
        error={errors.apiRequestsPerMinute?.message}
        {...form.register("apiRequestsPerMinute")}
      />
      <Field
        label={t("adminSettings.forwardClaimMinutes")}
        inputMode="numeric"
        hint={t("adminSettings.forwardClaimMinutesHint")}
        error={errors.forwardClaimMinutes?.message}
        {...form.register("forwardClaimMinutes")}
      />
      <Field
        label={t("ownerConsole.settings.timeZone")}
        hint={t("ownerConsole.settings.timeZoneHint")}
        error={errors.timeZone?.message}
        {...form.register("timeZone")}
      />
      <div className="space-y-1">
        <label htmlFor="unverifiedMayOrder" className="flex items-start gap-2 text-sm font-medium text-slate-700">
          <input
            id="unverifiedMayOrder"
            type="checkbox"
            className="mt-0.5"
            aria-describedby="unverifiedMayOrder-hint"
            {...form.register("unverifiedMayOrder")}
          />
          {t("adminSettings.unverifiedMayOrder")}
        </label>
        <p id="unverifiedMayOrder-hint" className="text-xs text-slate-500">
          {t("adminSettings.unverifiedMayOrderHint")}
        </p>
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {t("adminSettings.save")}
      </Button>
    </form>
  );
}
