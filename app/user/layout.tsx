import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ActingBanner } from "@/components/acting/acting-banner";
import { VerificationBanner } from "@/components/email-verification/verification-banner";
import { SignedInProviders } from "@/components/signed-in-providers";
import { AppShell } from "@/components/shell/app-shell";
import { BalanceChip } from "@/components/shell/balance-chip";
import { BrandMark } from "@/components/shell/brand-mark";
import { pageUser } from "@/lib/auth/current-user";
import { balanceView } from "@/lib/users/balance-view";

export default async function UserLayout({ children }: { children: ReactNode }) {
  const user = await pageUser();
  const [t, balance] = await Promise.all([getTranslations(), balanceView(user.id)]);
  const nav = [
    { href: "/user/dashboard", label: t("nav.dashboard") },
    { href: "/user/services", label: t("nav.services") },
    { href: "/user/orders/create", label: t("orders.nav.create") },
    { href: "/user/orders/mass", label: t("orders.nav.mass") },
    { href: "/user/orders", label: t("orders.nav.list") },
    { href: "/user/add-funds", label: t("payments.nav.addFunds") },
    { href: "/user/payments", label: t("payments.nav.history") },
    { href: "/user/transactions", label: t("nav.transactions") },
    { href: "/user/affiliates", label: t("affiliates.nav") },
    { href: "/user/api", label: t("api.nav") },
    { href: "/user/complaints", label: t("complaints.nav") },
    { href: "/user/settings", label: t("nav.settings") },
    ...(user.role !== "CUSTOMER" ? [{ href: "/admin", label: t("nav.admin") }] : []),
  ];
  return (
    <SignedInProviders>
      <AppShell
        brand={<BrandMark />}
        brandHref="/user/dashboard"
        nav={nav}
        userLabel={user.email}
        headerExtra={<BalanceChip initial={balance} />}
        topNotice={<ActingBanner user={user} />}
      >
        <VerificationBanner user={user} />
        {children}
      </AppShell>
    </SignedInProviders>
  );
}
