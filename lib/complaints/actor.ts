import { can, type RoleName } from "@/lib/auth/permissions";

export type Actor = { id: string; role: RoleName };

/** SUPPORT and ADMIN handle cases; everyone else acts as the case's customer. */
export function isStaff(actor: Actor): boolean {
  return can(actor.role, "complaints.manage");
}

/** The owner inside the where: staff see any case, a customer only their own. */
export function caseScope(actor: Actor, id: number) {
  return isStaff(actor) ? { id } : { id, userId: actor.id };
}
