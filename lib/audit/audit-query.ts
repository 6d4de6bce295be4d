import { z } from "zod";
import { calendarDay } from "@/lib/validation/calendar-day";
import { issueRule, type Rule } from "@/lib/validation/issue-message";

const day = calendarDay();

/** The audit log's filters as query parameters (the page's GET form); each field stands alone. */
export const auditQuerySchema = z.object({
  /** Part of the actor's e-mail. */
  actor: z.string().trim().min(1).max(254).optional(),
  action: z
    .string()
    .trim()
    .max(64)
    .regex(/^[a-z][a-z_]*(\.[a-z_]+){0,3}$/, "validation.invalid")
    .optional(),
  objectType: z
    .string()
    .trim()
    .max(40)
    .regex(/^[a-z][a-z_]*$/, "validation.invalid")
    .optional(),
  objectId: z.string().trim().min(1).max(200).optional(),
  from: day.optional(),
  to: day.optional(),
  /** The last entry of the previous page. */
  cursor: z
    .string()
    .regex(/^[a-z0-9]{10,40}$/, "validation.invalid")
    .optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export type AuditQueryField = keyof AuditQuery;
export type AuditQueryErrors = Partial<Record<AuditQueryField, Rule>>;

/**
 * The filters from the URL: blank fields left out, each bad field reported on itself (as a message
 * key) and left out of the search, the rest kept. A range that ends before it starts is the `to`'s fault.
 */
export function readAuditQuery(params: Record<string, string | string[] | undefined>): { query: AuditQuery; errors: AuditQueryErrors } {
  const given: Record<string, string> = {};
  for (const field of Object.keys(auditQuerySchema.shape)) {
    const raw = params[field];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && value.trim() !== "") given[field] = value;
  }
  const errors: AuditQueryErrors = {};
  let parsed = auditQuerySchema.safeParse(given);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as AuditQueryField;
      errors[field] ??= issueRule(issue);
      delete given[field];
    }
    parsed = auditQuerySchema.safeParse(given);
  }
  const query: AuditQuery = parsed.success ? parsed.data : {};
  if (query.from && query.to && query.to < query.from) {
    errors.to = { key: "validation.dateOrder" };
    delete query.to;
  }
  return { query, errors };
}
