import { can, PERMISSIONS, type Permission, type RoleName } from "./permissions";

/**
 * Why a page was refused, for /forbidden: someone who is not staff (a customer, or nobody signed in)
 * is told the part is for staff only; a staff member is told their role lacks the page's permission
 * (named when the refusing page said which, `?need=`, and it is one the role really lacks).
 */
export type ForbiddenReason = { kind: "staffOnly" } | { kind: "permission"; role: RoleName; permission: Permission | null };

export function forbiddenReason(role: RoleName | null, need: string | undefined): ForbiddenReason {
  if (!role || !can(role, "admin.access")) return { kind: "staffOnly" };
  const permission = PERMISSIONS.find((known) => known === need) ?? null;
  return { kind: "permission", role, permission: permission && !can(role, permission) ? permission : null };
}

/** Where a page refused for want of `permission` sends the reader. */
export function forbiddenPath(permission: Permission): string {
  return `/forbidden?need=${encodeURIComponent(permission)}`;
}
