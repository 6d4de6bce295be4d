"use client";

import { Field } from "@/components/ui/field";

/** A one-time code: six digits from the app (or, where allowed, a recovery code). */
export function CodeField({
  label,
  value,
  onChange,
  error,
  digitsOnly = false,
  id,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  digitsOnly?: boolean;
  id: string;
}) {
  return (
    <Field
      id={id}
      name="code"
      label={label}
      type="text"
      inputMode={digitsOnly ? "numeric" : "text"}
      autoComplete="one-time-code"
      autoCapitalize="off"
      spellCheck={false}
      maxLength={digitsOnly ? 7 : 20}
      className="font-mono tracking-widest sm:max-w-xs"
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
