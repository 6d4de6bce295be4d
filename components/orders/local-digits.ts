import type { FieldIssue, Problem } from "@/lib/errors/app-error";
import { numberFormat } from "@/lib/i18n/format-number";
import { fieldName, problemIssues, problemText, type Translator } from "@/components/forms/failure-text";

/** A rule's values with every number in the reader's digits (১০ in বাংলা), ready for a message. */
export function localValues(values: FieldIssue["values"], locale: string): Record<string, string> | undefined {
  if (!values) return undefined;
  const format = numberFormat(locale);
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === "number" ? format.format(value) : value]),
  );
}

/** One field rule's text without the field's name, numbers in the reader's digits (components/forms/failure-text.ts's ruleText). */
export function localRuleText(issue: FieldIssue, t: Translator, locale: string): string {
  return t.has(issue.key) ? t(issue.key, localValues(issue.values, locale)) : issue.key;
}

/** A refusal as one sentence (components/forms/failure-text.ts's problemText), numbers in the reader's digits. */
export function localProblemText(problem: Problem, t: Translator, locale: string): string {
  const [first] = problemIssues(problem);
  if (!first) return problemText(problem, t);
  const name = fieldName(first.field, t);
  const rule = localRuleText(first, t, locale);
  return name ? `${name}: ${rule}` : rule;
}
