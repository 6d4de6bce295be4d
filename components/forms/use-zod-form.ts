"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useForm, type FieldErrors, type FieldValues, type Resolver, type UseFormProps, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { Failure } from "@/lib/http/envelope";
import { issueMessage, type Translate } from "@/lib/validation/issue-message";
import { problemText, type Translator } from "./failure-text";

/** react-hook-form with the server's own zod schema; messages in the user's language. */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  options?: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, "resolver">,
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  const t = useTranslations() as unknown as Translate;
  const resolver = useMemo<Resolver<z.input<S>, unknown, z.output<S>>>(
    () => async (values) => {
      const result = await schema.safeParseAsync(values);
      if (result.success) return { values: result.data, errors: {} };
      const errors: Record<string, { type: string; message: string }> = {};
      for (const issue of result.error.issues) {
        const path = issue.path.map(String).join(".") || "root";
        errors[path] ??= { type: issue.code, message: issueMessage(issue, t) };
      }
      return { values: {}, errors: errors as FieldErrors<z.input<S>> };
    },
    [schema, t],
  );
  return useForm<z.input<S>, unknown, z.output<S>>({ ...options, resolver });
}

/**
 * A refusal as one sentence in the reader's language, for buttons and lists with no fields to mark:
 * the first field rule with its field's name, else the code's text (components/forms/failure-text.ts).
 * A form marks its fields and keeps its banner in step with them through useFormFailure.
 */
export function failureMessage(failure: Failure, t: Translator): string {
  return problemText(failure.error, t);
}
