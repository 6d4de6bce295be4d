import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AnnouncementList } from "@/components/announcements/announcement-list";
import { BalanceCard } from "@/components/dashboard/balance-card";
import { CardSkeleton } from "@/components/dashboard/card-skeleton";
import { OrdersOverview } from "@/components/dashboard/orders-overview";
import { RecentActivity } from "@/components/dashboard/recent-activity";
import { RecentOrders } from "@/components/dashboard/recent-orders";
import { SpentCard } from "@/components/dashboard/spent-card";
import { Card, PageTitle } from "@/components/ui/card";
import { latestAnnouncements } from "@/lib/announcements/list-announcements";
import { pageUser } from "@/lib/auth/current-user";
import { displayPrefs } from "@/lib/users/display-prefs";
import { getBalance } from "@/lib/users/get-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("dashboard") };
}

/**
 * The customer's start page: the panel's latest announcements (when there are any), wallet and
 * spending, orders by status and the latest ones, recent wallet activity.
 */
export default async function DashboardPage() {
  const user = await pageUser();
  const [t, tPage, tAnnouncements, locale, balance, prefs, announcements] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("customerPages.dashboard"),
    getTranslations("announcements"),
    getLocale(),
    getBalance(user.id),
    displayPrefs(user.id),
    latestAnnouncements({ limit: 3 }),
  ]);
  const loading = tPage("loading");
  return (
    <div className="space-y-6">
      <PageTitle subtitle={tPage("subtitle")}>{t.rich("welcome", { name: () => <span data-user-text>{user.fullName}</span> })}</PageTitle>
      {announcements.length > 0 ? (
        // The anchor of every announcement notice's link (/user/dashboard#announcement-<id>) is inside.
        <div id="announcements" className="scroll-mt-24">
          <Card title={tAnnouncements("title")}>
            <AnnouncementList items={announcements} locale={locale} />
          </Card>
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <BalanceCard balance={balance} prefs={prefs} locale={locale} />
        <Suspense fallback={<CardSkeleton label={loading} lines={2} />}>
          <SpentCard userId={user.id} prefs={prefs} locale={locale} />
        </Suspense>
      </div>
      <Suspense fallback={<CardSkeleton label={loading} />}>
        <OrdersOverview userId={user.id} balance={balance} locale={locale} />
      </Suspense>
      <div className="flex flex-col gap-6 lg:flex-row lg:items-start">
        <Suspense fallback={<CardSkeleton label={loading} lines={5} className="lg:flex-[3]" />}>
          <RecentOrders userId={user.id} prefs={prefs} locale={locale} />
        </Suspense>
        <Suspense fallback={<CardSkeleton label={loading} lines={5} className="lg:flex-[2]" />}>
          <RecentActivity userId={user.id} prefs={prefs} locale={locale} />
        </Suspense>
      </div>
    </div>
  );
}
