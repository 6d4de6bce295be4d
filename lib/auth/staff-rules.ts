import { AppError } from "@/lib/errors/app-error";
import { can, type RoleName } from "./permissions";
import type { SessionUser } from "./session";

type Signed = Pick<SessionUser, "role" | "twoFactor">;

/** Staff (ADMIN, SUPPORT) must have a second factor; customers choose. */
export function secondFactorRequired(role: RoleName): boolean {
  return role !== "CUSTOMER";
}

/** Staff use their permissions only from a session that passed the second factor. */
export function secondFactorSatisfied(user: Signed): boolean {
  return !secondFactorRequired(user.role) || user.twoFactor.passed;
}

export function mayActAsCustomer(user: Signed): boolean {
  return can(user.role, "users.impersonate") && secondFactorSatisfied(user);
}

/** Where staff without a passed second factor are sent: enrol, or pass it. */
export const TWO_FACTOR_PAGE = "/user/settings/security";

export const twoFactorRequired = () =>
  new AppError("two_factor_required", "Your role needs two-factor sign-in. Turn it on under Settings → Security first.", 403);

export const actingReadOnly = () =>
  new AppError("acting_read_only", "You are viewing the panel as this customer: nothing can be changed. Return to the admin first.", 403);
