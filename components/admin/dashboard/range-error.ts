import type { getTranslations } from "next-intl/server";
import { isAppError, problemOf } from "@/lib/errors/app-error";
import { problemIssues, ruleText, type Translator } from "@/components/forms/failure-text";

type T = Awaited<ReturnType<typeof getTranslations>>;

/** A refused custom range as the field to mark and its rule's text; other errors are thrown on. */
export function rangeError(error: unknown, t: T): { field: "from" | "to"; text: string } {
  if (!isAppError(error)) throw error;
  const [issue] = problemIssues(problemOf(error));
  if (!issue || (issue.field !== "from" && issue.field !== "to")) throw error;
  return { field: issue.field, text: `${t(`ownerConsole.range.${issue.field}`)}: ${ruleText(issue, t as unknown as Translator)}` };
}
