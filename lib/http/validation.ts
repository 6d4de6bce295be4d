import type { z } from "zod";
import { issueRule } from "@/lib/validation/issue-message";
import { nulPath } from "@/lib/validation/no-nul";
import { invalidField, invalidFields, type AppError } from "@/lib/errors/app-error";

/** Turns a zod failure into a 422 whose message names the first failing field. */
export function validationError(error: z.ZodError): AppError {
  const issues = error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join(".") : "body",
    ...issueRule(issue),
  }));
  return invalidFields(issues.length ? issues : [{ field: "body", key: "validation.invalid" }]);
}

/** A NUL anywhere in the input is a 422 naming its field, before any schema sees it (PostgreSQL refuses it). */
export function refuseNul(input: unknown): void {
  const field = nulPath(input);
  if (!field) return;
  throw invalidField(field, "validation.noNul");
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  refuseNul(input);
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}
