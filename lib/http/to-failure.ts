import type { Logger } from "@/lib/log/logger";
import { isAppError, problemOf } from "@/lib/errors/app-error";
import type { Failure } from "./envelope";

/** Maps any thrown value to the envelope: expected errors keep their message, the rest is logged. */
export function toFailure(error: unknown, requestId: string, log: Logger): { status: number; body: Failure } {
  if (isAppError(error)) {
    if (error.status >= 500) log.error({ err: error }, error.message);
    return {
      status: error.status,
      body: { success: false, error: problemOf(error) },
    };
  }
  log.error({ err: error }, "unexpected error");
  return {
    status: 500,
    body: {
      success: false,
      error: { code: "internal", message: `Something went wrong on our side. Reference: ${requestId}` },
    },
  };
}
