import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SignedInProviders } from "@/components/signed-in-providers";
import { WaitingWorkBadges } from "@/components/admin/waiting-work/waiting-work-badges";
import { AppShell } from "@/components/shell/app-shell";
import { BrandMark } from "@/components/shell/brand-mark";
import { Badge } from "@/components/ui/badge";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { waitingWorkForPage } from "@/lib/admin-console/waiting-work";
import type { WaitingWorkKey } from "@/lib/admin-console/waiting-work-items";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await pagePermission("admin.access");
  const [t, work] = await Promise.all([getTranslations(), waitingWorkForPage(user.role)]);
  // Work waiting for a person, as badges beside the list it waits in (each badge links to exactly those rows).
  const badge = (...keys: WaitingWorkKey[]) => <WaitingWorkBadges keys={keys} initial={work} />;
  const nav = [
    { href: "/admin", label: t("ownerConsole.nav.dashboard"), allowed: true },
    { href: "/admin/reports", label: t("ownerConsole.nav.reports"), allowed: can(user.role, "reports.read") },
    { href: "/admin/users", label: t("nav.users"), allowed: can(user.role, "users.read") },
    { href: "/admin/users/price-groups", label: t("pricing.nav"), allowed: can(user.role, "users.manage") },
    {
      href: "/admin/orders",
      label: t("ordersAdmin.nav.orders"),
      allowed: can(user.role, "orders.read"),
      badge: badge("uncertainOrders", "forwardFailed"),
    },
    { href: "/admin/orders/manual", label: t("ordersAdmin.nav.manual"), allowed: can(user.role, "orders.manage") },
    {
      href: "/admin/orders/queue",
      label: t("ordersAdmin.nav.manualQueue"),
      allowed: can(user.role, "orders.read"),
      badge: badge("manualOrders"),
    },
    { href: "/admin/orders/sync", label: t("ordersAdmin.nav.sync"), allowed: can(user.role, "orders.read") },
    {
      href: "/admin/orders/requests",
      label: t("ordersAdmin.nav.requests"),
      allowed: can(user.role, "orders.read"),
      badge: badge("waitingRequests"),
    },
    { href: "/admin/payments", label: t("payments.nav.admin"), allowed: can(user.role, "payments.read"), badge: badge("manualPayments") },
    { href: "/admin/payments/payouts", label: t("affiliatesAdmin.nav"), allowed: can(user.role, "payments.read") },
    { href: "/admin/payments/settings", label: t("payments.nav.adminSettings"), allowed: can(user.role, "settings.manage") },
    { href: "/admin/payments/bonuses", label: t("payments.nav.adminBonuses"), allowed: can(user.role, "settings.manage") },
    {
      href: "/admin/complaints",
      label: t("complaintsAdmin.nav"),
      allowed: can(user.role, "complaints.manage"),
      badge: badge("unassignedCases"),
    },
    { href: "/admin/providers", label: t("nav.providers"), allowed: can(user.role, "providers.manage"), badge: badge("lowProviders") },
    { href: "/admin/catalog/services", label: t("catalogAdmin.nav.services"), allowed: can(user.role, "catalog.manage") },
    { href: "/admin/catalog/categories", label: t("catalogAdmin.nav.categories"), allowed: can(user.role, "catalog.manage") },
    { href: "/admin/catalog/changes", label: t("catalogAdmin.nav.changes"), allowed: can(user.role, "catalog.manage") },
    { href: "/admin/announcements", label: t("announcements.nav"), allowed: can(user.role, "content.manage") },
    { href: "/admin/content", label: t("contentPages.admin.nav"), allowed: can(user.role, "content.manage") },
    { href: "/admin/settings", label: t("nav.settingsAdmin"), allowed: can(user.role, "settings.manage") },
    { href: "/admin/settings/brand", label: t("brandSettings.nav"), allowed: can(user.role, "settings.manage") },
    { href: "/admin/audit", label: t("nav.audit"), allowed: can(user.role, "audit.read") },
    { href: "/admin/mailbox", label: t("nav.mailbox"), allowed: can(user.role, "mailbox.read") },
    { href: "/user/dashboard", label: t("nav.customerView"), allowed: true },
  ]
    .filter((item) => item.allowed)
    .map(({ href, label, badge }) => ({ href, label, badge }));
  return (
    <SignedInProviders>
      <AppShell
        brand={<BrandMark admin />}
        brandHref="/admin"
        nav={nav}
        userLabel={user.email}
        headerExtra={
          <span className="hidden sm:inline">
            <Badge tone="blue">{t(`roles.${user.role}`)}</Badge>
          </span>
        }
      >
        {children}
      </AppShell>
    </SignedInProviders>
  );
}
