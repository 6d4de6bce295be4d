import { isAppError } from "@/lib/errors/app-error";
import { API_ERRORS } from "@/lib/api-v2/errors";

/** A refill/cancel verb's refusal in the protocol's words; unexpected errors are rethrown. */
export function requestRefusal(error: unknown, kind: "refill" | "cancel"): string {
  if (!isAppError(error)) throw error;
  if (error.code === "not_found") return API_ERRORS.badOrder;
  if (error.code === "request_open") return `Order already has an open ${kind} request`;
  if (error.code === "validation_failed") {
    const reason = /: (?:order #\d+ cannot be \w+: )?(.*)$/.exec(error.message)?.[1];
    const base = kind === "refill" ? API_ERRORS.notRefillable : API_ERRORS.notCancelable;
    return reason ? `${base}: ${reason}` : base;
  }
  return error.message;
}
