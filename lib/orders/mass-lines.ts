import { invalidField, problemOf, type Problem } from "@/lib/errors/app-error";
import { validationError } from "@/lib/http/validation";
import { orderInputSchema, type OrderInput } from "./schemas";

// The pure half of a mass order: the text read into lines, and each line checked on its own as far as
// it can be without the database. The server (create-mass-orders.ts) and the form's preview
// (mass-preview.ts) both read lines here, so the preview refuses exactly what the server would.

export const MASS_ORDER_MAX_LINES = 500;

const MISSING_RULES = {
  serviceId: "validation.order.missingServiceId",
  link: "validation.order.missingLink",
  quantity: "validation.order.missingQuantity",
} as const;

export type MassLine = { line: number; text: string; fields: string[] };
export type CheckedMassLine = { ok: true; input: OrderInput } | { ok: false; error: Problem };

/** A line's own refusal, as a field rule on `line` (its text is in the validation catalogue). */
const lineProblem = (key: string) => problemOf(invalidField("line", key));

/** Parses "service_id | link | quantity"; blank lines are skipped, the others keep their line number. */
export function parseMassLines(text: string): MassLine[] {
  return text
    .split(/\r?\n/)
    .map((raw, index) => ({ line: index + 1, text: raw.trim(), fields: raw.split("|").map((field) => field.trim()) }))
    .filter((entry) => entry.text !== "");
}

/** One line's shape and fields, with the same schema as a single order (the link rule included). */
export function checkMassLine(entry: MassLine): CheckedMassLine {
  const [serviceText, link, quantityText] = entry.fields;
  const missing = !serviceText ? "serviceId" : !link ? "link" : !quantityText ? "quantity" : null;
  if (entry.fields.length !== 3 || missing) {
    return { ok: false, error: lineProblem(missing ? MISSING_RULES[missing] : "validation.order.lineFormat") };
  }
  if (!/^\d{1,9}$/.test(serviceText)) return { ok: false, error: lineProblem("validation.order.serviceIdNumber") };
  if (!/^\d{1,9}$/.test(quantityText)) return { ok: false, error: lineProblem("validation.order.quantityWhole") };
  // confirmDuplicate: a list may name the same link twice on purpose (the form's submission id guards a resend).
  const input = orderInputSchema.safeParse({ serviceId: serviceText, link, quantity: quantityText, confirmDuplicate: true });
  if (!input.success) return { ok: false, error: problemOf(validationError(input.error)) };
  return { ok: true, input: input.data };
}
