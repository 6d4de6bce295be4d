import { invalidField, isAppError, problemOf, type Problem } from "@/lib/errors/app-error";
import { dispatchMany } from "@/lib/jobs/dispatch";
import { logger } from "@/lib/log/logger";
import { money, ZERO } from "@/lib/money/money";
import { getSetting } from "@/lib/settings/settings";
import { validationError } from "@/lib/http/validation";
import { createOrder, type ForwardRequest } from "./create-order";
import { orderInputSchema } from "./schemas";

export const MASS_ORDER_MAX_LINES = 500;
const MISSING_RULES = {
  serviceId: "validation.order.missingServiceId",
  link: "validation.order.missingLink",
  quantity: "validation.order.missingQuantity",
} as const;

export type MassLineResult =
  { line: number; text: string; ok: true; orderId: number; charge: string } | { line: number; text: string; ok: false; error: Problem };

/** A line's own refusal, as a field rule on `line` (its text is in the validation catalogue). */
const lineProblem = (key: string) => problemOf(invalidField("line", key));

/** Parses "service_id | link | quantity"; blank lines are skipped. */
export function parseMassLines(text: string): { line: number; text: string; fields: string[] }[] {
  return text
    .split(/\r?\n/)
    .map((raw, index) => ({ line: index + 1, text: raw.trim(), fields: raw.split("|").map((field) => field.trim()) }))
    .filter((entry) => entry.text !== "");
}

/**
 * One order per line, each placed (and charged exactly) on its own; every line is reported, so a bad
 * line never stops or undoes the good ones. Lines run one after another so the balance is spent in order.
 */
export async function createMassOrders(userId: string, text: string) {
  const lines = parseMassLines(text);
  if (lines.length > MASS_ORDER_MAX_LINES) throw invalidField("text", "validation.order.tooManyLines", { max: MASS_ORDER_MAX_LINES });
  const results: MassLineResult[] = [];
  let total = ZERO;
  const bdtPerUsd = await getSetting("exchange.bdtPerUsd");
  const forwards: ForwardRequest[] = [];
  for (const entry of lines) {
    const [serviceText, link, quantityText] = entry.fields;
    const missing = !serviceText ? "serviceId" : !link ? "link" : !quantityText ? "quantity" : null;
    if (entry.fields.length !== 3 || missing) {
      results.push({
        line: entry.line,
        text: entry.text,
        ok: false,
        error: lineProblem(missing ? MISSING_RULES[missing] : "validation.order.lineFormat"),
      });
      continue;
    }
    if (!/^\d{1,9}$/.test(serviceText) || !/^\d{1,9}$/.test(quantityText)) {
      results.push({
        line: entry.line,
        text: entry.text,
        ok: false,
        error: lineProblem(!/^\d{1,9}$/.test(serviceText) ? "validation.order.serviceIdNumber" : "validation.order.quantityWhole"),
      });
      continue;
    }
    // The same schema as a single order (the link rule included), so no door is looser than the web form.
    const input = orderInputSchema.safeParse({ serviceId: serviceText, link, quantity: quantityText, confirmDuplicate: true });
    if (!input.success) {
      results.push({ line: entry.line, text: entry.text, ok: false, error: problemOf(validationError(input.error)) });
      continue;
    }
    try {
      const order = await createOrder(userId, input.data, { source: "mass", bdtPerUsd, forwards });
      total = total.plus(money(order.charge));
      results.push({ line: entry.line, text: entry.text, ok: true, orderId: order.orderId, charge: order.charge });
    } catch (error) {
      if (isAppError(error) && error.status < 500) {
        results.push({ line: entry.line, text: entry.text, ok: false, error: problemOf(error) });
        continue;
      }
      // An unexpected failure stops the run, but the report keeps what was already placed and charged,
      // so nobody resends those lines believing nothing happened.
      logger.error({ err: error, line: entry.line }, "mass order stopped");
      for (const rest of lines.slice(lines.indexOf(entry))) {
        const stopped = { code: "mass_stopped", message: "not placed: the panel hit an error; try these lines again" };
        results.push({ line: rest.line, text: rest.text, ok: false, error: stopped });
      }
      break;
    }
  }
  // Every placed order, also those before an unexpected stop; a lost send is picked up by the forward sweep.
  await dispatchMany("orders/forward.requested", forwards);
  return {
    results,
    created: results.filter((result) => result.ok).length,
    failed: results.filter((result) => !result.ok).length,
    totalCost: total.toFixed(4),
  };
}
