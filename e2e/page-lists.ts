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
