"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";

/** Refill days only count with refill on; a disabled input sends nothing and the server clears them. */
export const refillDaysOptions = (refill: boolean) => ({
  disabled: !refill,
  setValueAs: (value: unknown) => (value === "" || value === undefined ? null : value),
});

type Props = {
  refill: UseFormRegisterReturn;
  /** Registered with refillDaysOptions. */
  refillDays: UseFormRegisterReturn;
  cancel: UseFormRegisterReturn;
  /** Null where the service's type takes no drip-feed. */
  dripfeed: UseFormRegisterReturn | null;
  errors: { refillDays?: string; dripfeed?: string };
};

/** A service's options (refill and its days, cancel, drip-feed), as the edit and the new-service forms show them. */
export function ServiceOptionsFieldset({ refill, refillDays, cancel, dripfeed, errors }: Props) {
  const t = useTranslations("catalogAdmin.service");
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-700">{t("options")}</legend>
      <div className="flex flex-wrap items-end gap-4">
        <Check id="refill" label={t("refill")} {...refill} />
        <div className="w-48">
          <Field label={t("refillDays")} inputMode="numeric" error={errors.refillDays} {...refillDays} />
        </div>
      </div>
      <Check id="cancel" label={t("cancel")} {...cancel} />
      {dripfeed ? <Check id="dripfeed" label={t("dripfeed")} {...dripfeed} /> : null}
      {errors.dripfeed ? <p className="text-xs text-red-600">{errors.dripfeed}</p> : null}
    </fieldset>
  );
}

/** A service's two statuses, as options of a select. */
export function ServiceStatusOptions() {
  const t = useTranslations("catalogAdmin.statuses");
  return (
    <>
      <option value="ACTIVE">{t("ACTIVE")}</option>
      <option value="DISABLED">{t("DISABLED")}</option>
    </>
  );
}

function Check({ id, label, ...props }: { id: string; label: string } & ComponentProps<"input">) {
  return (
    <label htmlFor={id} className="flex items-center gap-2 text-sm text-slate-700">
      <input id={id} type="checkbox" {...props} />
      {label}
    </label>
  );
}
