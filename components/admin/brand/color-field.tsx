"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { brandProfileSchema } from "@/lib/brand/schemas";

const HEX = /^#[0-9a-fA-F]{6}$/;
type Form = UseFormReturn<z.input<typeof brandProfileSchema>, unknown, z.output<typeof brandProfileSchema>>;

/** The brand colour as #rrggbb text beside the browser's picker, and a button painted in it. */
export function ColorField({ form, error }: { form: Form; error?: string }) {
  const t = useTranslations("brandSettings.fields");
  const color = (useWatch({ control: form.control, name: "color" }) ?? "").trim();
  const valid = HEX.test(color);
  return (
    <div className="space-y-1">
      <label htmlFor="color" className="block text-sm font-medium text-slate-700">
        {t("color")}
      </label>
      <div className="flex items-center gap-2">
        <input
          id="color"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "color-error" : "color-hint"}
          className={clsx(
            "block w-full min-w-0 rounded-md border bg-white px-3 py-2 font-mono text-sm shadow-sm focus:ring-2 focus:ring-brand-500 focus:outline-none",
            error ? "border-red-500" : "border-slate-300",
          )}
          {...form.register("color")}
        />
        <input
          type="color"
          aria-label={t("colorPicker")}
          value={valid ? color.toLowerCase() : "#1d4ed8"}
          onChange={(event) => form.setValue("color", event.target.value, { shouldDirty: true, shouldValidate: true })}
          className="h-9 w-11 shrink-0 cursor-pointer rounded border border-slate-300 bg-white p-0.5"
        />
        <span
          data-testid="color-preview"
          className="inline-flex h-9 shrink-0 items-center rounded-md px-3 text-sm font-medium whitespace-nowrap text-white"
          style={{ backgroundColor: valid ? color : "var(--brand)" }}
        >
          {t("colorPreview")}
        </span>
      </div>
      {error ? (
        <p id="color-error" className="text-xs text-red-600 first-letter:uppercase">
          {error}
        </p>
      ) : (
        <p id="color-hint" className="text-xs text-slate-500">
          {t("colorHint")}
        </p>
      )}
    </div>
  );
}
