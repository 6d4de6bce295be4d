import { createElement as h } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderInLocale } from "@/tests/render-in-locale";

// The affiliate pages' client parts render in both languages (a missing message fails), with their figures.
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }), usePathname: () => "/user/affiliates" }));
vi.mock("@/lib/actions/user/affiliates", () => ({ requestPayoutAction: vi.fn() }));
vi.mock("@/lib/actions/admin/affiliates", () => ({
  decidePayoutAction: vi.fn(),
  setAffiliatePercentAction: vi.fn(),
  saveAffiliateSettingsAction: vi.fn(),
}));

const { CommissionsTable } = await import("./commissions-table");
const { PayoutsTable } = await import("./payouts-table");
const { PayoutForm } = await import("./payout-form");
const { ReferralLink } = await import("./referral-link");
const { AdminPayoutsTable } = await import("@/components/admin/affiliates/admin-payouts-table");
const { AffiliatePercentForm } = await import("@/components/admin/affiliates/affiliate-percent-form");
const { AffiliateSettingsForm } = await import("@/components/admin/affiliates/affiliate-settings-form");

const commission = {
  id: "c1",
  orderId: 1234,
  createdAt: "2026-01-02T03:04:05Z",
  revenue: "1234.5678",
  amount: "92.5900",
  reversed: "0.0000",
};
const payout = {
  id: "p1",
  createdAt: "2026-01-02T03:04:05Z",
  amount: "500.0000",
  method: "BKASH" as const,
  accountNumber: "01712345678",
  status: "PENDING" as const,
  note: null,
};
const adminPayout = { ...payout, userId: "u1", email: "a@example.test", decidedBy: null, decidedAt: null };

describe.each(["en", "bn"] as const)("affiliate components in %s", (locale) => {
  it("render the tables, the link and the forms", () => {
    const html = [
      renderInLocale(locale, h(CommissionsTable, { rows: [commission], locale, empty: "none" })),
      renderInLocale(locale, h(PayoutsTable, { rows: [payout], locale, empty: "none" })),
      renderInLocale(locale, h(ReferralLink, { link: "https://panel.test/r/abcd2345", hint: "hint" })),
      renderInLocale(locale, h(ReferralLink, { link: null, hint: "hint" })),
      renderInLocale(locale, h(PayoutForm, { available: "1000.0000", minPayout: "500.00" }), { queryClient: true }),
      renderInLocale(locale, h(PayoutForm, { available: "10.0000", minPayout: "500.00" }), { queryClient: true }),
      renderInLocale(locale, h(AdminPayoutsTable, { id: "t", rows: [adminPayout], locale, canDecide: true, empty: "none" })),
      renderInLocale(locale, h(AffiliatePercentForm, { userId: "u1", percent: "7.5" })),
      renderInLocale(locale, h(AffiliateSettingsForm, { commissionPercent: "5", cookieDays: 30, minPayout: "500.00" })),
    ].join("\n");
    expect(html).toContain(locale === "en" ? "৳92.59" : "৳৯২.৫৯");
    expect(html).toContain("01712345678");
    expect(html).toContain("https://panel.test/r/abcd2345");
  });
});
