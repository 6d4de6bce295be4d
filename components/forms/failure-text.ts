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
 * Forms that mark their fields use failureBanner instead (through useFormFailure).
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

/**
 * The banner above a form the server refused, in step with the form. Rules marked on the form's own
 * fields are said there, so the banner only says that fields need attention while one of them is still
 * invalid, and goes away once they are fixed (a refusal with its own code about a field, such as a TrxID
 * already used, keeps its sentence until then); rules about fields the form does not show are spelled
 * out with the field's name (never its code); a refusal about no field is the code's text.
 */
export function failureBanner(
  problem: Problem,
  t: Translator,
  marked: readonly string[],
  invalid: (field: string) => boolean,
): string | null {
  const unmarked = Object.entries(problemFields(problem, t)).filter(([field]) => !marked.includes(field));
  if (unmarked.length > 0)
    return unmarked
      .map(([field, text]) => {
        const name = fieldName(field, t);
        return name ? `${name}: ${text}` : text;
      })
      .join(" ");
  if (marked.length > 0 && !marked.some(invalid)) return null;
  // A refusal with its own code (a TrxID already used) keeps its sentence while its field is wrong.
  return marked.length > 0 && problem.code === "validation_failed" ? t("errors.validation_failed") : problemText(problem, t);
}
