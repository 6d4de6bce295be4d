import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { Card, PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";
import { mailPreferences } from "@/lib/notifications/preferences";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("settingsTitle") };
}

export default async function NotificationSettingsPage() {
  const user = await pageUser();
  const [t, preferences] = await Promise.all([getTranslations("notifications"), mailPreferences(user)]);
  return (
    <div className="max-w-xl space-y-6">
      <PageTitle subtitle={t("settingsSubtitle")}>{t("settingsTitle")}</PageTitle>
      <Card>
        <PreferencesForm preferences={preferences} />
      </Card>
    </div>
  );
}
