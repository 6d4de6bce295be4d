import { createElement as h } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderInLocale } from "@/tests/render-in-locale";
import { MESSAGES } from "@/lib/i18n/messages";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {} }), usePathname: () => "/admin/orders" }));
vi.mock("@/lib/actions/admin/orders", () => ({
  orderActionAction: vi.fn(),
  bulkOrderActionAction: vi.fn(),
  resolveUncertainAction: vi.fn(),
  createManualOrderAction: vi.fn(),
  syncNowAction: vi.fn(),
}));

const { OrdersTable } = await import("./orders-table");
const { OrderActions } = await import("./order-actions");
const { ResolveUncertainBox } = await import("./resolve-uncertain-box");
const { OrderTimeline } = await import("./order-timeline");
const { OrderDetails } = await import("./order-details");
const { OrdersFilters } = await import("./orders-filters");
const { ManualOrderForm } = await import("./manual-order-form");
const { SyncNowButton } = await import("./sync-now-button");
const { SyncRunsTable } = await import("./sync-runs-table");
const { StaleOrdersTable } = await import("./stale-orders-table");
const { BulkResultSummary } = await import("./action-result");

const row = {
  id: 5,
  status: "PARTIAL",
  mode: "AUTO",
  link: "https://x.test/a",
  quantity: 1000,
  charge: "12.0000",
  refunded: "3.0000",
  remains: 250,
  providerOrderId: "99",
  createdAt: new Date(),
  user: { id: "u", email: "a@b.c" },
  service: { id: 2, name: "Likes" },
  provider: { id: "p", name: "Prov" },
};
const detail = {
  ...row,
  params: null,
  rate: "12.0000",
  chargeUsd: "0.1000",
  providerCharge: null,
  providerCurrency: null,
  startCount: 10,
  source: "web",
  adminNotes: "n",
  forwardClaimedAt: null,
  forwardedAt: new Date(),
  lastCheckedAt: null,
  finishedAt: null,
  updatedAt: new Date(),
  user: { id: "u", email: "a@b.c", fullName: "A", balance: "1.0000" },
  service: { id: 2, name: "Likes", type: "DEFAULT", mode: "AUTO", providerId: "p", providerServiceId: "2", refill: false, cancel: false },
  provider: { id: "p", name: "Prov", status: "ACTIVE" },
  events: [
    {
      id: "e",
      kind: "admin_partial",
      fromStatus: "PENDING",
      toStatus: "PARTIAL",
      message: "m",
      data: { remains: 250 },
      actorId: "u",
      actorEmail: "a@b.c",
      createdAt: new Date(),
    },
  ],
  requests: [],
};

// Every admin order component renders in both languages with no missing key or broken ICU message
// (the provider throws on any message error).
describe.each(["en", "bn"] as const)("admin order components in %s", (locale) => {
  const wrap = (node: ReturnType<typeof h>) => renderInLocale(locale, node);
  it("render every message", () => {
    const html = [
      wrap(h(OrdersTable, { orders: [row] as never, locale, canManage: true })),
      wrap(
        h(OrderActions, {
          orderId: 5,
          status: "PROCESSING",
          quantity: 1000,
          atProvider: true,
          canForward: true,
          charge: "190.6250",
          refunded: "0.0000",
          email: "c@example.test",
        }),
      ),
      wrap(
        h(OrderActions, {
          orderId: 5,
          status: "COMPLETED",
          quantity: 1000,
          atProvider: true,
          canForward: true,
          charge: "190.6250",
          refunded: "0.0000",
          email: "c@example.test",
        }),
      ),
      wrap(h(ResolveUncertainBox, { orderId: 5 })),
      wrap(h(OrderTimeline, { events: detail.events as never, order: { providerName: "Prov", providerOrderId: "99" }, locale })),
      wrap(h(OrderDetails, { order: detail as never, locale })),
      wrap(h(OrdersFilters, { filters: { status: "PENDING" }, providers: [{ id: "p", name: "Prov" }] })),
      wrap(h(ManualOrderForm)),
      wrap(h(SyncNowButton)),
      wrap(
        h(SyncRunsTable, {
          runs: [
            {
              id: "r",
              trigger: "admin",
              checked: 1,
              changed: 1,
              refunded: 0,
              providerCalls: 1,
              errors: [{ providerId: "p", message: "boom" }],
              durationMs: 12,
              createdAt: new Date(),
            },
          ],
          locale,
        }),
      ),
      wrap(
        h(StaleOrdersTable, {
          orders: [
            {
              id: 1,
              status: "PROCESSING",
              providerOrderId: "9",
              lastCheckedAt: null,
              createdAt: new Date(),
              forwardClaimedAt: null,
              provider: { id: "p", name: "P" },
              user: { email: "x@y.z" },
            },
          ] as never,
          locale,
        }),
      ),
      wrap(
        h(BulkResultSummary, {
          result: {
            ok: 2,
            skipped: [{ orderId: 3, code: "illegal_transition", reason: "to: x" }],
            providerErrors: [{ providerId: "p", message: "down" }],
          },
        }),
      ),
    ].join("\n");
    expect(html).not.toMatch(/ordersAdmin\./);
    expect(html).toContain(MESSAGES[locale].ordersAdmin.resolve.resend);
  });
});
