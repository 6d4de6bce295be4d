import { createElement as h } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderInLocale } from "@/tests/render-in-locale";

// The pieces the queues, the order actions, the provider moves and the service forms share
// (queue-columns, order-action-confirm, provider-pick, service-options-fieldset) render in each user.
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }), usePathname: () => "/admin" }));
vi.mock("@/lib/actions/admin/orders", () => ({ orderActionAction: vi.fn(), decideRequestAction: vi.fn() }));
vi.mock("@/lib/actions/admin/service-providers", () => ({ repointServiceAction: vi.fn(), setServiceFallbackAction: vi.fn() }));
vi.mock("@/lib/actions/admin/catalog-services", () => ({ createManualServiceAction: vi.fn(), updateServiceAction: vi.fn() }));

const { ManualQueueTable } = await import("./orders/manual-queue-table");
const { RequestQueueTable } = await import("./orders/request-queue-table");
const { MoveOrderBox } = await import("./orders/move-order-box");
const { ServiceProviderMove } = await import("./catalog/service-provider-move");
const { ServiceFallbackForm } = await import("./catalog/service-fallback-form");
const { ServiceForm } = await import("./catalog/service-form");
const { ManualServiceForm } = await import("./catalog/manual-service-form");

const order = {
  id: 7,
  status: "PENDING",
  link: "https://x.test/typed",
  quantity: 500,
  charge: "5.0000",
  refunded: "0.0000",
  remains: null,
  adminNotes: "call first",
  createdAt: new Date(),
  user: { id: "u", email: "a@b.c" },
  service: { id: 2, name: "Likes" },
};
const providers = [{ id: "p2", name: "Other" }];
const service = {
  id: 2,
  name: "Likes",
  description: null,
  categoryId: "c",
  rate: "1.0000",
  min: 10,
  max: 100,
  mode: "MANUAL" as const,
  status: "ACTIVE" as const,
  refill: true,
  refillDays: 30,
  cancel: false,
  dripfeed: false,
};

describe.each(["en", "bn"] as const)("shared admin pieces in %s", (locale) => {
  const wrap = (node: ReturnType<typeof h>) => renderInLocale(locale, node, { queryClient: true });

  it("render the queues with the order, its typed link (marked as user text) and its note", () => {
    const manual = wrap(h(ManualQueueTable, { orders: [order] as never, locale, canManage: true, empty: null }));
    const requests = wrap(
      h(RequestQueueTable, {
        requests: [{ id: "r", kind: "cancel", message: "please", createdAt: new Date(), order }] as never,
        locale,
        canManage: true,
      }),
    );
    for (const html of [manual, requests]) {
      expect(html).toContain('href="/admin/orders/7"');
      expect(html).toMatch(/title="https:\/\/x.test\/typed" data-user-text/);
    }
    expect(manual).toContain("call first");
    expect(requests).toContain("please");
  });

  it("render the provider moves and the service forms", () => {
    const current = { providerName: "Prov", providerServiceId: "9" };
    const html = [
      wrap(h(MoveOrderBox, { orderId: 7, type: "DEFAULT", current, providers, email: "a@b.c" })),
      wrap(h(ServiceProviderMove, { serviceId: 2, type: "DEFAULT", current, providers })),
      wrap(h(ServiceFallbackForm, { serviceId: 2, type: "DEFAULT", current: null, providers })),
      wrap(h(ServiceForm, { service, categories: [{ id: "c", name: "Cat" }], manualOnly: true })),
      wrap(h(ManualServiceForm, { categories: [{ id: "c", name: "Cat" }] })),
    ];
    for (const id of ["move-order-provider", "repoint-provider", "fallback-provider"]) expect(html.join("")).toContain(`id="${id}"`);
    expect(html[3]).toContain('id="refillDays"');
    expect(html[4]).toContain('id="type"');
  });
});
