// The one role → permission table. Every admin handler and action checks one of these itself.
export const ROLES = ["CUSTOMER", "SUPPORT", "ADMIN"] as const;
export type RoleName = (typeof ROLES)[number];

export const PERMISSIONS = [
  "admin.access",
  "users.read",
  "users.manage",
  "users.changeRole",
  "wallet.adjust",
  "audit.read",
  "mailbox.read",
  "orders.read",
  "orders.manage",
  "payments.read",
  "payments.manage",
  "complaints.manage",
  "complaints.configure",
  "catalog.manage",
  "providers.manage",
  "settings.manage",
  /** The storefront's written pages (terms, privacy, refund, FAQ) and announcements. */
  "content.manage",
  /** Money figures: the dashboard's deposits, revenue, cost and profit, and the profit reports. */
  "reports.read",
  /** Opening the panel as a customer sees it (read-only; lib/auth/acting). */
  "users.impersonate",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<RoleName, readonly Permission[]> = {
  CUSTOMER: [],
  SUPPORT: ["admin.access", "users.read", "orders.read", "payments.read", "complaints.manage"],
  ADMIN: PERMISSIONS,
};

export function can(role: RoleName, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: RoleName): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}
