import { englishRule, isAppError, type FieldIssue } from "@/lib/errors/app-error";
import type { OrderInput } from "@/lib/orders/schemas";
import { API_ERRORS, ApiV2Error } from "@/lib/api-v2/errors";

const WIRE_FIELD: Record<string, string> = { serviceId: "service", answerNumber: "answer_number", oldPosts: "old_posts" };

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
  const [issue] = (error.details?.issues ?? []) as FieldIssue[];
  if (error.code !== "validation_failed" || !issue) return new ApiV2Error(error.message);
  const { field, key, values } = issue;
  const message = englishRule(key, values);
  if (field === "serviceId")
    return new ApiV2Error(key === "validation.order.serviceTemporarilyUnavailable" ? API_ERRORS.serviceOff : API_ERRORS.badService);
  if (field === "link") return new ApiV2Error(API_ERRORS.badLink);
  if (key === "validation.order.between" || key === "validation.order.betweenRuns") {
    const [min, max] = [Number(values?.min), Number(values?.max)];
    const asked = field === "quantity" && input.runs === undefined ? input.quantity : undefined;
    if (asked !== undefined && asked < min) return new ApiV2Error(`Quantity less than minimal ${min}`);
    if (asked !== undefined && asked > max) return new ApiV2Error(`Quantity more than maximal ${max}`);
    return new ApiV2Error(`Quantity must be between ${min} and ${max}${input.runs ? " (quantity × runs)" : ""}`);
  }
  return new ApiV2Error(`${WIRE_FIELD[field] ?? field}: ${message}`);
}
