import { db } from "@/lib/db";

// Every table a request could write to, except payment_events: a webhook stores each delivery, forgeries too.
const TABLES = [
  "users",
  "ledger_entries",
  "password_reset_tokens",
  "audit_logs",
  "mail_messages",
  "settings",
  "providers",
  "categories",
  "services",
  "service_changes",
  "favorite_services",
  "demo_provider_orders",
  "demo_provider_refills",
  "orders",
  "order_events",
  "idempotency_keys",
  "order_requests",
  "sync_runs",
  "notifications",
  "api_keys",
  "payments",
  "deposit_bonus_rules",
  "notification_preferences",
  "complaint_categories",
  "complaints",
  "complaint_links",
  "complaint_events",
  "complaint_attachments",
  "content_pages",
  "announcements",
  "affiliate_commissions",
  "affiliate_payouts",
];

/** Row counts of every table, in one query: equal before and after means nothing was written. */
export async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await db.$queryRawUnsafe<Record<string, bigint>[]>(
    `SELECT ${TABLES.map((table) => `(SELECT count(*) FROM "${table}") AS "${table}"`).join(", ")}`,
  );
  return Object.fromEntries(Object.entries(row!).map(([table, count]) => [table, Number(count)]));
}
