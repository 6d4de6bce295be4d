import type { z } from "zod";
import { translateEnglish } from "@/lib/i18n/server-translator";
import { issueMessage } from "@/lib/validation/issue-message";
import { nulPath } from "@/lib/validation/no-nul";
import { AppError, invalidField } from "./errors";

/** Turns a zod failure into a 422 whose message names the first failing field. */
export function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.map(String).join(".") : "body";
    (fields[path] ??= []).push(issueMessage(issue, translateEnglish));
  }
  const [firstField, firstMessages] = Object.entries(fields)[0] ?? ["body", ["is invalid"]];
  return new AppError("validation_failed", `${firstField}: ${firstMessages[0]}`, 422, { fields });
}

/** A NUL anywhere in the input is a 422 naming its field, before any schema sees it (PostgreSQL refuses it). */
export function refuseNul(input: unknown): void {
  const field = nulPath(input);
  if (!field) return;
  throw invalidField(field, translateEnglish("validation.noNul"));
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  refuseNul(input);
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}
