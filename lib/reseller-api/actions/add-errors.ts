import { isAppError } from "@/lib/http/errors";
import type { OrderInput } from "@/lib/orders/schemas";
import { API_ERRORS, ApiV2Error } from "@/lib/api-v2/errors";

const WIRE_FIELD: Record<string, string> = { serviceId: "service", answerNumber: "answer_number" };

/**
 * The order verb's typed refusals in the protocol's words (the texts clients already recognise);
 * anything that is not a refusal is rethrown unchanged (a 500, logged with a request id).
 */
export function addRefusal(error: unknown, input: OrderInput): unknown {
  if (!isAppError(error)) return error;
  if (error.code === "insufficient_funds") return new ApiV2Error(API_ERRORS.noFunds);
  if (error.code === "duplicate_order") {
    return new ApiV2Error(
      `Duplicate order: ${error.message.replace(/ Confirm to place it again\.$/, "")} Send an Idempotency-Key header to place it again on purpose.`,
    );
  }
  const fields = error.details?.fields;
  const field = fields && typeof fields === "object" ? Object.keys(fields)[0] : undefined;
  if (error.code !== "validation_failed" || !field) return new ApiV2Error(error.message);
  const message = error.message.replace(/^[\w.]+: /, "");
  if (field === "serviceId") return new ApiV2Error(/unavailable/.test(message) ? API_ERRORS.serviceOff : API_ERRORS.badService);
  if (field === "link") return new ApiV2Error(API_ERRORS.badLink);
  const range = /must be between (\d+) and (\d+)/.exec(message);
  if ((field === "quantity" || field === "comments") && range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    const asked = field === "quantity" && input.runs === undefined ? input.quantity : undefined;
    if (asked !== undefined && asked < min) return new ApiV2Error(`Quantity less than minimal ${min}`);
    if (asked !== undefined && asked > max) return new ApiV2Error(`Quantity more than maximal ${max}`);
    return new ApiV2Error(`Quantity must be between ${min} and ${max}${input.runs ? " (quantity × runs)" : ""}`);
  }
  return new ApiV2Error(`${WIRE_FIELD[field] ?? field}: ${message}`);
}
