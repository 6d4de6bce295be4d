import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { Badge } from "@/components/ui/badge";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await pagePermission("admin.access");
  const t = await getTranslations();
  const nav = [
    { href: "/admin/users", label: t("nav.users"), allowed: can(user.role, "users.read") },
    { href: "/admin/audit", label: t("nav.audit"), allowed: can(user.role, "audit.read") },
    { href: "/admin/mailbox", label: t("nav.mailbox"), allowed: can(user.role, "mailbox.read") },
    { href: "/user/dashboard", label: t("nav.customerView"), allowed: true },
  ].filter((item) => item.allowed);
  return (
    <AppShell
      brand={t("app.adminName")}
      brandHref="/admin"
      nav={nav}
      userLabel={user.email}
      headerExtra={<Badge tone="blue">{t(`roles.${user.role}`)}</Badge>}
    >
      {children}
    </AppShell>
  );
}
