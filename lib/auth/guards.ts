import { forbidden, unauthorized } from "@/lib/errors/app-error";
import { can, type Permission } from "./permissions";
import type { SessionUser } from "./session";
import { actingReadOnly, secondFactorSatisfied, twoFactorRequired } from "./staff-rules";

export function assertUser(user: SessionUser | null): SessionUser {
  if (!user) throw unauthorized();
  return user;
}

/** For anything that changes state: an admin viewing the panel as a customer changes nothing. */
export function assertMayChange(user: SessionUser | null): SessionUser {
  const signedIn = assertUser(user);
  if (signedIn.actingAdmin) throw actingReadOnly();
  return signedIn;
}

export function assertPermission(user: SessionUser | null, permission: Permission): SessionUser {
  const signedIn = assertUser(user);
  if (!can(signedIn.role, permission)) throw forbidden();
  if (!secondFactorSatisfied(signedIn)) throw twoFactorRequired();
  return signedIn;
}
