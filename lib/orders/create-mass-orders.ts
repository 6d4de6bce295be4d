import { invalidField, isAppError, problemOf, type Problem } from "@/lib/errors/app-error";
import { dispatchMany } from "@/lib/jobs/dispatch";
import { logger } from "@/lib/log/logger";
import { money, ZERO } from "@/lib/money/money";
import { createOrder, type ForwardRequest } from "./create-order";
import { checkMassLine, MASS_ORDER_MAX_LINES, parseMassLines } from "./mass-lines";

export { MASS_ORDER_MAX_LINES };

export type MassLineResult =
  { line: number; text: string; ok: true; orderId: number; charge: string } | { line: number; text: string; ok: false; error: Problem };

/**
 * One order per line, each placed (and charged exactly) on its own; every line is reported, so a bad
 * line never stops or undoes the good ones. Lines run one after another so the balance is spent in order.
 */
export async function createMassOrders(userId: string, text: string) {
  const lines = parseMassLines(text);
  if (lines.length > MASS_ORDER_MAX_LINES) throw invalidField("text", "validation.order.tooManyLines", { max: MASS_ORDER_MAX_LINES });
  const results: MassLineResult[] = [];
  let total = ZERO;
  const forwards: ForwardRequest[] = [];
  for (const entry of lines) {
    const checked = checkMassLine(entry);
    if (!checked.ok) {
      results.push({ line: entry.line, text: entry.text, ok: false, error: checked.error });
      continue;
    }
    try {
      const order = await createOrder(userId, checked.input, { source: "mass", forwards });
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
