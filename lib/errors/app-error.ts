import { createTranslator } from "next-intl";
import english from "@/lib/i18n/messages/en.validation.json";

// Typed errors: only these reach a client with their message; anything else becomes a 500 with a
// reference id and is logged. Each carries a stable `code`; a field rule carries the message key of
// its rule and the key's values (`details.issues`), so pages show it in the reader's language
// (components/forms/failure-text.ts) while API answers keep the English sentence beside the code.
export type ErrorDetails = Record<string, unknown>;
export type MessageValues = Record<string, string | number>;

/** One field rule that failed: the field, a key in lib/i18n/messages/*.validation.json, its values. */
export type FieldIssue = { field: string; key: string; values?: MessageValues };

export class AppError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly status: number,
    public readonly details?: ErrorDetails,
    /** Values for the code's message (`errors.<code>` in the catalogues), e.g. an order id. */
    public readonly values?: MessageValues,
  ) {
    super(message);
    this.name = "AppError";
  }
}

const translateRule = createTranslator({ locale: "en", messages: english });

/** A rule's English sentence, for API answers and logs (the only English the server writes itself). */
export function englishRule(key: string, values?: MessageValues): string {
  return translateRule(key as never, values as never);
}

/** Field rules that failed, as one 422 whose message names the first. */
export function invalidFields(issues: readonly FieldIssue[]): AppError {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) (fields[issue.field] ??= []).push(englishRule(issue.key, issue.values));
  const [first] = issues;
  return new AppError("validation_failed", `${first.field}: ${fields[first.field][0]}`, 422, { fields, issues });
}

/** A field-level rule failed: `key` names the rule in the validation catalogue ("validation.order.between"). */
export const invalidField = (field: string, key: string, values?: MessageValues) => invalidFields([{ field, key, values }]);

export const badRequest = (code: string, message: string, details?: ErrorDetails) => new AppError(code, message, 400, details);
export const unauthorized = (message = "Sign in to continue.") => new AppError("unauthorized", message, 401);
export const forbidden = (message = "You do not have permission to do this.") => new AppError("forbidden", message, 403);
export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`, 404);
export const conflict = (code: string, message: string, details?: ErrorDetails, values?: MessageValues) =>
  new AppError(code, message, 409, details, values);
export const tooManyRequests = (retryAfterSeconds: number, message = "Too many attempts. Try again later.") =>
  new AppError("rate_limited", message, 429, { retryAfterSeconds });

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** What a client receives of an AppError (the envelope's `error`; a mass order's refused line). */
export type Problem = { code: string; message: string; details?: ErrorDetails; values?: MessageValues };

export function problemOf(error: AppError): Problem {
  return { code: error.code, message: error.message, details: error.details, values: error.values };
}
