import { forbidden, unauthorized } from "@/lib/errors/app-error";
import { can, type Permission } from "./permissions";
import type { SessionUser } from "./session";

export function assertUser(user: SessionUser | null): SessionUser {
  if (!user) throw unauthorized();
  return user;
}

export function assertPermission(user: SessionUser | null, permission: Permission): SessionUser {
  const signedIn = assertUser(user);
  if (!can(signedIn.role, permission)) throw forbidden();
  return signedIn;
}
