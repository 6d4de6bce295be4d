import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { panelTimeZone } from "@/lib/reports/panel-time-zone";
import { pagePermission } from "@/lib/auth/current-user";
import { getSetting, getSettings } from "@/lib/settings/settings";
import { AffiliateSettingsForm } from "@/components/admin/affiliates/affiliate-settings-form";
import { PanelSettingsForm } from "./panel-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSettings"))("title") };
}

export default async function AdminSettingsPage() {
  await pagePermission("settings.manage");
  const [commissionPercent, cookieDays, minPayout] = await getSettings(
    "affiliates.commissionPercent",
    "affiliates.cookieDays",
    "affiliates.minPayout",
  );
  const [t, tb, bdtPerUsd, syncEveryHours, balanceCheckMinutes, apiRequestsPerMinute, forwardClaimMinutes, timeZone, unverifiedMayOrder] =
    await Promise.all([
      getTranslations("adminSettings"),
      getTranslations("brandSettings"),
      getSetting("exchange.bdtPerUsd"),
      getSetting("catalog.syncEveryHours"),
      getSetting("providers.balanceCheckMinutes"),
      getSetting("api.requestsPerMinute"),
      getSetting("orders.forwardClaimMinutes"),
      panelTimeZone(),
      getSetting("accounts.unverifiedMayOrder"),
    ]);
  return (
    <div className="max-w-xl space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <p className="text-sm">
        <Link href="/admin/settings/brand" className="font-medium text-brand-700 underline">
          {tb("settingsLink")}
        </Link>
      </p>
      <Card>
        <PanelSettingsForm
          bdtPerUsd={bdtPerUsd}
          syncEveryHours={syncEveryHours}
          balanceCheckMinutes={balanceCheckMinutes}
          apiRequestsPerMinute={apiRequestsPerMinute}
          forwardClaimMinutes={forwardClaimMinutes}
          timeZone={timeZone}
          unverifiedMayOrder={unverifiedMayOrder}
        />
      </Card>
      <Card title={(await getTranslations("affiliatesAdmin.settings"))("title")}>
        <AffiliateSettingsForm commissionPercent={commissionPercent} cookieDays={cookieDays} minPayout={minPayout} />
      </Card>
    </div>
  );
}
