/**
 * Every action the audit log records. `recordAudit` only takes these, so a new action is added here
 * first, and lib/audit/audit-actions.test.ts then asks for its label in both languages.
 */
export const AUDIT_ACTIONS = [
  "order.manual_create",
  "order.forward",
  "order.resend",
  "order.attach",
  "order.move",
  "order.admin_status",
  "order.admin_complete",
  "order.admin_partial",
  "order.admin_cancel",
  "order.sync",
  "order_request.complete",
  "order_request.reject",
  "payment.approve",
  "payment.reject",
  "payment.refund",
  "payment.hold",
  "payment.release",
  "affiliate_payout.approve",
  "affiliate_payout.reject",
  "deposit_bonus_rule.create",
  "deposit_bonus_rule.update",
  "wallet.credit",
  "wallet.debit",
  "user.status",
  "user.role",
  "user.dollar_rate",
  "user.affiliate_percent",
  "user.price_group",
  "user.price",
  "user.price_remove",
  "user.two_factor_enable",
  "user.two_factor_disable",
  "user.two_factor_reset",
  "user.acting_start",
  "user.acting_end",
  "price_group.save",
  "price_group.delete",
  "provider.create",
  "provider.update",
  "catalog.import",
  "service.create",
  "service.update",
  "service.repoint",
  "service.fallback",
  "service.bulk.enable",
  "service.bulk.disable",
  "service.bulk.move",
  "service.bulk.reprice",
  "complaint_category.create",
  "complaint_category.update",
  "setting.update",
  "api_key.create",
  "api_key.revoke",
  "content_page.update",
  "announcement.create",
  "announcement.update",
  "announcement.archive",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of object the log names, in the order the filter offers them. */
export const AUDIT_OBJECT_TYPES = [
  "order",
  "order_request",
  "payment",
  "affiliate_payout",
  "deposit_bonus_rule",
  "user",
  "provider",
  "service",
  "price_group",
  "complaint",
  "complaint_category",
  "setting",
  "api_key",
  "content_page",
  "announcement",
] as const;

export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export function isAuditAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

export function isAuditObjectType(type: string): type is AuditObjectType {
  return (AUDIT_OBJECT_TYPES as readonly string[]).includes(type);
}

/** The message key of an action's label under `adminHistory.audit.actions` (message keys cannot hold dots). */
export function actionKey(action: AuditAction): string {
  return action.replaceAll(".", "_");
}
