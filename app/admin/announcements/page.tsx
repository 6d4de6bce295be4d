import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnnouncementCreateForm } from "@/components/admin/announcements/announcement-create-form";
import { AnnouncementsTable } from "@/components/admin/announcements/announcements-table";
import { Card, PageTitle } from "@/components/ui/card";
import { listAnnouncementsForAdmin } from "@/lib/announcements/list-announcements";
import { countAnnouncementRecipients } from "@/lib/announcements/recipients";
import { pagePermission } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("announcements.admin"))("title") };
}

/** Write an announcement (confirmed with how many customers it notifies), and the list of those published. */
export default async function AdminAnnouncementsPage() {
  await pagePermission("content.manage");
  const [t, announcements, recipients] = await Promise.all([
    getTranslations("announcements.admin"),
    listAnnouncementsForAdmin(),
    countAnnouncementRecipients(),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card title={t("new")}>
        <AnnouncementCreateForm recipients={recipients} />
      </Card>
      <Card title={t("list")}>
        <AnnouncementsTable announcements={announcements} />
      </Card>
    </div>
  );
}
