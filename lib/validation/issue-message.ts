import type { z } from "zod";

export type Translate = (key: string, values?: Record<string, string | number>) => string;
export type Rule = { key: string; values?: Record<string, string | number> };

/**
 * Every validation message is a key in the message files (`validation.*`), so forms show it in the
 * user's language and the server answers in English. Schemas may name a key as their message.
 */
export function issueRule(issue: z.core.$ZodIssue): Rule {
  if (issue.message.startsWith("validation.")) {
    return { key: issue.message, values: (issue as { params?: Record<string, string | number> }).params };
  }
  switch (issue.code) {
    case "invalid_type":
      return { key: issue.input === undefined || issue.input === null ? "validation.required" : "validation.invalid" };
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return { key: "validation.required" };
      return { key: issue.origin === "string" ? "validation.tooShort" : "validation.tooSmall", values: { min: Number(issue.minimum) } };
    case "too_big":
      return { key: issue.origin === "string" ? "validation.tooLong" : "validation.tooBig", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "validation.email" : "validation.invalid" };
    case "invalid_value":
      return { key: "validation.oneOf", values: { options: issue.values.map(String).join(", ") } };
    default:
      return { key: "validation.invalid" };
  }
}

export function issueMessage(issue: z.core.$ZodIssue, t: Translate): string {
  const rule = issueRule(issue);
  return t(rule.key, rule.values);
}
