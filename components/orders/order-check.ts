import type { z } from "zod";
import { isAppError, type FieldIssue } from "@/lib/errors/app-error";
import { SERVICE_TYPES } from "@/lib/api-v2/service-types";
import { orderUnits } from "@/lib/orders/order-units";
import { orderInputSchema, type OrderInput } from "@/lib/orders/schemas";
import { issueRule } from "@/lib/validation/issue-message";
import type { Translator } from "@/components/forms/failure-text";
import type { CatalogService } from "./catalog-types";
import { localRuleText, localValues } from "./local-digits";

export type OrderCheck = { input: OrderInput; errors: null } | { input: null; errors: Record<string, string> };

// Rules about the amount all say the same useful thing: the service's own range.
const AMOUNT_RULES = new Set([
  "validation.order.between",
  "validation.tooSmall",
  "validation.tooBig",
  "validation.integer",
  "validation.invalid",
]);

/** A field's message in the reader's language; an amount outside the rules names the service's range. */
export function fieldMessage(issue: FieldIssue, service: CatalogService | undefined, t: Translator, locale: string): string {
  if (issue.field === "quantity" && service && AMOUNT_RULES.has(issue.key)) {
    return t("ordering.errors.quantity", localValues({ min: service.min, max: service.max }, locale));
  }
  if (issue.field === "quantity" && issue.key === "validation.order.betweenRuns" && service) {
    return t("ordering.errors.quantityRuns", localValues({ min: service.min, max: service.max }, locale));
  }
  return localRuleText(issue, t, locale);
}

const schemaIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({ field: issue.path.map(String).join(".") || "serviceId", ...issueRule(issue) }));

/**
 * The order as the server will check it, before it is sent: the schema every door uses, then the
 * chosen service's own rules (lib/orders/order-units.ts: the fields its type needs, min/max, drip-feed).
 * Each refusal lands on its field, in the reader's language and digits.
 */
export function checkOrder(
  values: Record<string, unknown>,
  service: CatalogService | undefined,
  t: Translator,
  locale: string,
): OrderCheck {
  const refuse = (issues: FieldIssue[]): OrderCheck => {
    const errors: Record<string, string> = {};
    for (const issue of issues) errors[issue.field] ??= fieldMessage(issue, service, t, locale);
    return { input: null, errors };
  };
  if (!service) return refuse([{ field: "serviceId", key: "ordering.errors.pickService" }]);
  // A subscription points at a username: the link field is not on the form then.
  const { link, ...rest } = values;
  const own = SERVICE_TYPES[service.type].target === "username" ? rest : { ...rest, link };
  const parsed = orderInputSchema.safeParse({ ...own, serviceId: service.id });
  if (!parsed.success) {
    // A typed amount that is not a number ("abc") is not a missing one.
    const typed = (field: string) => values[field] !== undefined && values[field] !== "";
    return refuse(
      schemaIssues(parsed.error).map((issue) =>
        issue.key === "validation.required" && typed(issue.field) ? { ...issue, key: "validation.invalid" } : issue,
      ),
    );
  }
  try {
    orderUnits(service, parsed.data);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const issues = error.details?.issues;
    return refuse(Array.isArray(issues) ? (issues as FieldIssue[]) : [{ field: "serviceId", key: "validation.invalid" }]);
  }
  return { input: parsed.data, errors: null };
}
