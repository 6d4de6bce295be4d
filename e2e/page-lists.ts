// The pages a signed-in customer can open from the navigation: shared by the page checks and the Bengali walk.
export const CUSTOMER_PAGES = [
  "/user/dashboard",
  "/user/services",
  "/user/services/updates",
  "/user/orders",
  "/user/orders/create",
  "/user/orders/mass",
  "/user/add-funds",
  "/user/payments",
  "/user/transactions",
  "/user/complaints",
  "/user/complaints/new",
  "/user/notifications",
  "/user/notifications/settings",
  "/user/api",
  "/user/settings",
  "/api",
];

/** The admin pages an admin can open from the navigation, and the lists the waiting-work badges open. */
export const ADMIN_PAGES = [
  "/admin",
  "/admin?range=custom&from=2026-01-01&to=2026-01-31",
  "/admin/reports",
  "/admin/reports?by=customer&range=month&sort=margin&dir=asc",
  "/admin/users",
  "/admin/orders",
  "/admin/orders/manual",
  "/admin/orders/sync",
  "/admin/orders/requests",
  "/admin/providers",
  "/admin/catalog/services",
  "/admin/catalog/categories",
  "/admin/catalog/changes",
  "/admin/payments",
  "/admin/payments/settings",
  "/admin/complaints",
  "/admin/complaints/categories",
  "/admin/content",
  "/admin/content/terms",
  "/admin/settings",
  "/admin/settings/brand",
  "/admin/announcements",
  "/admin/audit",
  "/admin/mailbox",
  // The lists the waiting-work badges open.
  "/admin/orders?status=FORWARD_FAILED&since=2026-01-01T00%3A00%3A00.000Z",
  "/admin/payments?status=SUBMITTED&method=MANUAL",
  "/admin/complaints?status=ACTIVE&assignee=none",
  "/admin/providers?balance=low",
];
/** What support staff may open (their role lacks reports, payments, providers, catalogue and settings). */
export const SUPPORT_PAGES = ["/admin", "/admin/complaints", "/admin/orders", "/admin/users"];
