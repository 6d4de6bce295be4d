"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { numberFormat } from "@/lib/i18n/format-number";
import { NoticeList } from "./notice-list";
import { useMarkRead, useNotifications } from "./use-notifications";

/** The notices page: the latest 100, live, with "mark all read". */
export function AllNotices() {
  const t = useTranslations("notifications");
  const { data, error } = useNotifications(100);
  const markRead = useMarkRead();
  const locale = useLocale();
  if (error) return <p className="text-sm text-red-700">{error.message}</p>;
  return (
    <div className="space-y-3">
      {data?.unread ? (
        <Button variant="secondary" onClick={() => markRead.mutate("all")}>
          {t("markAllRead")} ({numberFormat(locale, 0).format(data.unread)})
        </Button>
      ) : null}
      <NoticeList items={data?.items ?? []} />
    </div>
  );
}
