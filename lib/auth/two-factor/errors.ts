import { AppError, invalidField, tooManyRequests } from "@/lib/errors/app-error";
import type { CodeCheck } from "./check-code";

export const wrongCode = () => invalidField("code", "validation.twoFactor.wrongCode");

/** Staff cannot turn their second factor off: their role requires it. */
export const staffNeedsTwoFactor = () =>
  new AppError("two_factor_staff_required", "Your role requires two-factor sign-in: it cannot be turned off.", 409);

export const notEnrolling = () =>
  new AppError("two_factor_not_enrolling", "Start setting up two-factor sign-in again: no setup is waiting.", 409);

export const alreadyOn = () => new AppError("two_factor_already_on", "Two-factor sign-in is already on.", 409);

export const notOn = () => new AppError("two_factor_off", "Two-factor sign-in is not on for this account.", 409);

/** A failed check of a settings form as its refusal: a wrong code on the field, or the throttle. */
export function refusalFor(check: Exclude<CodeCheck, { ok: true }>): AppError {
  return check.reason === "throttled" ? tooManyRequests(check.retryAfterSeconds) : wrongCode();
}
