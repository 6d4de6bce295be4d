import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { forbiddenPath } from "./forbidden-reason";
import { can, type Permission } from "./permissions";
import { secondFactorSatisfied, TWO_FACTOR_PAGE } from "./staff-rules";
import { userFromHeaders, type SessionUser } from "./session";

/** The signed-in user for server components and actions (one database read per request). */
export const currentUser = cache(async (): Promise<SessionUser | null> => userFromHeaders(await headers()));

/** For pages: signed-out visitors go to the sign-in page. */
export async function pageUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

/**
 * For admin pages: checks the permission itself, whatever middleware.ts already did; a refusal names
 * the permission, so /forbidden can tell a staff member what their role lacks.
 */
export async function pagePermission(permission: Permission): Promise<SessionUser> {
  const user = await pageUser();
  // An admin acting as a customer sees the customer's panel, not the admin (acting is left from its banner).
  if (user.actingAdmin) redirect("/user/dashboard");
  if (!can(user.role, permission)) redirect(forbiddenPath(permission));
  if (!secondFactorSatisfied(user)) redirect(TWO_FACTOR_PAGE);
  return user;
}
