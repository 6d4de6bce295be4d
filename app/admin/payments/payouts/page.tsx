import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminPayoutsTable } from "@/components/admin/affiliates/admin-payouts-table";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listPayoutsForAdmin } from "@/lib/affiliates/list-payouts-for-admin";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("affiliatesAdmin"))("title") };
}

/** Affiliate payouts: withdrawals waiting for a decision first (oldest first), then the newest decided ones. */
export default async function AdminPayoutsPage() {
  const admin = await pagePermission("payments.read");
  const [t, locale, payouts] = await Promise.all([getTranslations("affiliatesAdmin"), getLocale(), listPayoutsForAdmin()]);
  const canDecide = can(admin.role, "payments.manage");
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card title={t("pending")}>
        <AdminPayoutsTable
          id="admin-payouts-pending"
          rows={payouts.pending}
          locale={locale}
          canDecide={canDecide}
          empty={<EmptyState text={t("emptyPending")} />}
        />
      </Card>
      <Card title={t("recent")}>
        <AdminPayoutsTable
          id="admin-payouts-recent"
          rows={payouts.recent}
          locale={locale}
          canDecide={false}
          empty={<EmptyState text={t("emptyRecent")} />}
        />
      </Card>
    </div>
  );
}
