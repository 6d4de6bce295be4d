"use client";

import { useTranslations } from "next-intl";
import type { SETTABLE_STATUSES } from "@/lib/orders/admin/schemas";

type Settable = (typeof SETTABLE_STATUSES)[number];
export const CONTROL = "rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";

/** "New status" for the set-status action (one order or a selection). */
export function NewStatusSelect({
  id,
  value,
  options,
  disabled,
  onChange,
}: {
  id: string;
  value: Settable;
  options: readonly Settable[];
  disabled?: boolean;
  onChange: (to: Settable) => void;
}) {
  const t = useTranslations("ordersAdmin");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {t("actions.newStatus")}
      </label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as Settable)} className={CONTROL}>
        {options.map((status) => (
          <option key={status} value={status}>
            {t(`statuses.${status}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "Remains" for the set-partial action; the hint names the order's quantity where there is one. */
export function RemainsInput({
  id,
  value,
  disabled,
  hint,
  className,
  onChange,
}: {
  id: string;
  value: string;
  disabled?: boolean;
  hint?: string;
  className: string;
  onChange: (remains: string) => void;
}) {
  const t = useTranslations("ordersAdmin");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {t("actions.remains")}
      </label>
      <input
        id={id}
        inputMode="numeric"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value.trim())}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={`${CONTROL} ${className}`}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
