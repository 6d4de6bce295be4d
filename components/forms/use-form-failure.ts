"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { Failure } from "@/lib/http/envelope";
import { failureBanner, problemFields, type Translator } from "./failure-text";

/**
 * A form's answer to a refusal from the server: each rule goes on its field when the form shows that
 * field, and the banner above the form follows the fields (failureBanner), so it clears as soon as they
 * are valid again instead of staying red over a fixed form. `fields` names the fields the form shows
 * when some of its values are hidden (ids); by default every value the form holds is shown.
 */
export function useFormFailure<T extends FieldValues, C, O>(form: UseFormReturn<T, C, O>, fields?: readonly string[]) {
  const t = useTranslations() as unknown as Translator;
  const [state, setState] = useState<{ failure: Failure; marked: string[] } | null>(null);
  const formState = form.formState; // reading its errors below keeps this component in step with them

  const shown = (field: string) => (fields ? fields.includes(field) : form.getValues(field as Path<T>) !== undefined);

  const report = (failure: Failure) => {
    const marked: string[] = [];
    for (const [field, message] of Object.entries(problemFields(failure.error, t))) {
      if (!shown(field)) continue;
      form.setError(field as Path<T>, { type: "server", message });
      marked.push(field);
    }
    setState({ failure, marked });
  };

  const banner = state
    ? // A field still holds the server's refusal until it is edited: then it is valid, or wrong for a reason its own message gives.
      failureBanner(
        state.failure.error,
        t,
        state.marked,
        (field) => form.getFieldState(field as Path<T>, formState).error?.type === "server",
      )
    : null;
  return { banner, report, clear: () => setState(null) };
}
