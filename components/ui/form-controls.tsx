import clsx from "clsx";
import { forwardRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

const CONTROL = "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-500";

type Labelled = { label: ReactNode; error?: string; hint?: ReactNode };

/** Label, control, hint or error, wired for screen readers (like components/ui/field.tsx). */
function Frame({ id, label, error, hint, children }: Labelled & { id: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-600 first-letter:uppercase">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const described = (id: string, error?: string, hint?: ReactNode) => (error ? `${id}-error` : hint ? `${id}-hint` : undefined);

/** What every control shares: its id, its error state and description for screen readers, its look. */
function controlProps(id: string, error?: string, hint?: ReactNode, className?: string) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described(id, error, hint),
    className: clsx(CONTROL, error ? "border-red-500" : "border-slate-300", className),
  };
}

export const TextAreaField = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled>(function TextAreaField(
  { label, error, hint, id, name, className, ...props },
  ref,
) {
  const inputId = id ?? name ?? "";
  return (
    <Frame id={inputId} label={label} error={error} hint={hint}>
      <textarea ref={ref} name={name} {...controlProps(inputId, error, hint, className)} {...props} />
    </Frame>
  );
});

/** An input whose hint, like its error, is read out with it (components/ui/field.tsx reads only the error). */
export const TextField = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement> & Labelled>(function TextField(
  { label, error, hint, id, name, className, ...props },
  ref,
) {
  const inputId = id ?? name ?? "";
  return (
    <Frame id={inputId} label={label} error={error} hint={hint}>
      <input ref={ref} name={name} {...controlProps(inputId, error, hint, className)} {...props} />
    </Frame>
  );
});

/** A labelled <select> with its hint or error, wired like TextField. */
export const SelectField = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement> & Labelled>(function SelectField(
  { label, error, hint, id, name, className, children, ...props },
  ref,
) {
  const selectId = id ?? name ?? "";
  return (
    <Frame id={selectId} label={label} error={error} hint={hint}>
      <select ref={ref} name={name} {...controlProps(selectId, error, hint, className)} {...props}>
        {children}
      </select>
    </Frame>
  );
});
