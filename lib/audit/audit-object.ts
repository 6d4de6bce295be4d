import { isAuditObjectType, type AuditObjectType } from "./audit-actions";

/**
 * How an entry names its object: a label (a message key under `adminHistory.audit.object` with its
 * values, `type` being the object type, or "other") and the admin page that shows it, if one does.
 */
export type AuditObjectRef = {
  type: AuditObjectType | "other";
  label: "numbered" | "named" | "many" | "allOpen" | "setting";
  id: string;
  name: string | null;
  count: number;
  href: string | null;
};

const PAGES: Partial<Record<AuditObjectType, (id: string) => string>> = {
  order: (id) => `/admin/orders/${id}`,
  user: (id) => `/admin/users/${id}`,
  payment: (id) => `/admin/payments/${id}`,
  deposit_bonus_rule: () => "/admin/payments/bonuses",
  complaint: (id) => `/admin/complaints/${id}`,
  provider: (id) => `/admin/providers/${id}`,
  service: (id) => `/admin/catalog/services/${id}`,
  setting: () => "/admin/settings",
  complaint_category: () => "/admin/complaints/categories",
  content_page: (id) => `/admin/content/${id}`,
  announcement: () => "/admin/announcements",
};

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function auditObjectRef(entry: { objectType: string; objectId: string; objectName: string | null; after: unknown }): AuditObjectRef {
  const type: AuditObjectRef["type"] = isAuditObjectType(entry.objectType) ? entry.objectType : "other";
  const base = { type, id: entry.objectId, name: entry.objectName, count: 1, href: null };
  // Bulk actions name up to 20 objects at once; the order sync names "open" for all open orders.
  if (entry.objectId.includes(",")) return { ...base, label: "many", count: entry.objectId.split(",").length };
  if (type === "order" && entry.objectId === "open") return { ...base, label: "allOpen", href: "/admin/orders" };
  if (type === "setting") return { ...base, label: "setting", name: entry.objectId, href: PAGES.setting!(entry.objectId) };
  if (type === "other" || !SAFE_ID.test(entry.objectId)) return { ...base, label: "numbered" };
  if (type === "order_request") {
    const orderId = field(entry.after, "orderId");
    return { ...base, label: "numbered", href: orderId && /^\d+$/.test(orderId) ? `/admin/orders/${orderId}` : null };
  }
  const name =
    entry.objectName ?? (type === "complaint_category" ? field(entry.after, "name") : type === "content_page" ? entry.objectId : null);
  return { ...base, label: name ? "named" : "numbered", name, href: PAGES[type]?.(entry.objectId) ?? null };
}

function field(side: unknown, key: string): string | null {
  if (!side || typeof side !== "object" || Array.isArray(side)) return null;
  const value = (side as Record<string, unknown>)[key];
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}
