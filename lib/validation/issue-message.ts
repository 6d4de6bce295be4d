import type { z } from "zod";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * Every validation message is a key in the message files (`validation.*`), so forms show it in the
 * user's language and the server answers in English. Schemas may name a key as their message.
 */
export function issueMessage(issue: z.core.$ZodIssue, t: Translate): string {
  if (issue.message.startsWith("validation.")) {
    const values = (issue as { params?: Record<string, string | number> }).params;
    return t(issue.message, values);
  }
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? t("validation.required") : t("validation.invalid");
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return t("validation.required");
      return issue.origin === "string"
        ? t("validation.tooShort", { min: Number(issue.minimum) })
        : t("validation.tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      return issue.origin === "string"
        ? t("validation.tooLong", { max: Number(issue.maximum) })
        : t("validation.tooBig", { max: Number(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? t("validation.email") : t("validation.invalid");
    case "invalid_value":
      return t("validation.oneOf", { options: issue.values.map(String).join(", ") });
    default:
      return t("validation.invalid");
  }
}
