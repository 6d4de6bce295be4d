import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AllNotices } from "@/components/notifications/all-notices";
import { Card, PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  await pageUser();
  const t = await getTranslations("notifications");
  return (
    <div className="max-w-2xl space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <Link href="/user/notifications/settings" className="text-sm text-brand-700 hover:underline">
        {t("settings")}
      </Link>
      <Card>
        <AllNotices />
      </Card>
    </div>
  );
}
