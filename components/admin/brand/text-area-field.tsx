import clsx from "clsx";
import { forwardRef, type ReactNode, type TextareaHTMLAttributes } from "react";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: ReactNode; error?: string; hint?: ReactNode };

/** A labelled textarea with its error, wired like Field (components/ui/field.tsx). */
export const TextAreaField = forwardRef<HTMLTextAreaElement, Props>(function TextAreaField(
  { label, error, hint, id, name, ...props },
  ref,
) {
  const inputId = id ?? name;
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <textarea
        ref={ref}
        id={inputId}
        name={name}
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        className={clsx(
          "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:ring-2 focus:ring-brand-500 focus:outline-none",
          error ? "border-red-500" : "border-slate-300",
        )}
        {...props}
      />
      {hint && !error ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {error ? (
        <p id={`${inputId}-error`} className="text-xs text-red-600 first-letter:uppercase">
          {error}
        </p>
      ) : null}
    </div>
  );
});
