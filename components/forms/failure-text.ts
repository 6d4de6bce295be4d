import type { FieldIssue, Problem } from "@/lib/errors/app-error";

// A refusal in the reader's language, from its code and rule keys (lib/errors/app-error.ts); the
// server's English sentence is only the last resort, for a code no catalogue knows.

export type Translator = {
  (key: string, values?: Record<string, string | number>): string;
  has: (key: string) => boolean;
};

export function problemIssues(problem: Problem): FieldIssue[] {
  const issues = problem.details?.issues;
  return Array.isArray(issues) ? (issues as FieldIssue[]) : [];
}

/** One field rule's text, without the field's name. */
export function ruleText(issue: FieldIssue, t: Translator): string {
  return t.has(issue.key) ? t(issue.key, issue.values) : issue.key;
}

/**
 * Field → its first rule's text, for marking the fields of a form. A refusal with a code about named
 * fields (an e-mail already taken, a TrxID already used) marks them with the code's text.
 */
export function problemFields(problem: Problem, t: Translator): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of problemIssues(problem)) out[issue.field] ??= ruleText(issue, t);
  const named = problem.details?.fields;
  const codeKey = `errors.${problem.code}`;
  if (Object.keys(out).length === 0 && named && typeof named === "object" && t.has(codeKey)) {
    for (const field of Object.keys(named)) out[field] = t(codeKey, problem.values);
  }
  return out;
}

/** The field's name as readers know it ("Quantity"), or null for a field with no label. */
export function fieldName(field: string, t: Translator): string | null {
  return t.has(`fieldNames.${field}`) ? t(`fieldNames.${field}`) : null;
}

/**
 * The refusal as one sentence: the first field rule (with its field's name), else the code's text.
 * Forms that mark their fields say only that fields need attention (failureMessage in use-zod-form).
 */
export function problemText(problem: Problem, t: Translator): string {
  const [first] = problemIssues(problem);
  if (first) {
    const name = fieldName(first.field, t);
    return name ? `${name}: ${ruleText(first, t)}` : ruleText(first, t);
  }
  const key = `errors.${problem.code}`;
  return t.has(key) ? t(key, problem.values) : problem.message;
}
