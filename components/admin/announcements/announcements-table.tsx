"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { AdminAnnouncement } from "@/lib/announcements/list-announcements";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { numberFormat } from "@/lib/i18n/format-number";
import { AnnouncementEditForm } from "./announcement-edit-form";
import { ArchiveAnnouncementButton } from "./archive-announcement-button";

type Translate = ReturnType<typeof useTranslations<"announcements.admin">>;

/** Every announcement, newest first, with how far its notices went; each can be edited inline or archived. */
export function AnnouncementsTable({ announcements }: { announcements: AdminAnnouncement[] }) {
  const t = useTranslations("announcements.admin");
  const tAnnouncements = useTranslations("announcements");
  const locale = useLocale();
  const router = useRouter();
  const [editing, setEditing] = useState<number | null>(null);
  const titleOf = (row: AdminAnnouncement) => (locale === "bn" ? row.titleBn : row.titleEn);
  const columns = useMemo(
    () => announcementColumns(t, tAnnouncements("important"), locale, editing, setEditing),
    [t, tAnnouncements, locale, editing],
  );
  return (
    <DataTable
      id="announcements-table"
      columns={columns}
      rows={announcements}
      rowId={(row) => String(row.id)}
      rowAttributes={(row) => ({ "data-announcement-id": row.id })}
      empty={<EmptyState text={t("empty")} />}
      rowDetail={(row) =>
        editing === row.id ? (
          <AnnouncementEditForm
            announcement={row}
            title={titleOf(row)}
            onSaved={() => {
              setEditing(null);
              toast.success(t("done.saved"));
              router.refresh();
            }}
            onCancel={() => setEditing(null)}
          />
        ) : null
      }
    />
  );
}

/** "1,204 of 1,204" when every notice went out, "sending…" while they go, what went before an archive stopped them. */
function noticesText(row: AdminAnnouncement, t: Translate, locale: string): string {
  const sent = numberFormat(locale, 0).format(row.noticeCount);
  if (row.noticesSentAt) return t("notices.sentOf", { sent, total: sent });
  return row.archivedAt ? t("notices.stopped", { sent }) : t("notices.sending", { sent });
}

function announcementColumns(
  t: Translate,
  importantLabel: string,
  locale: string,
  editing: number | null,
  edit: (id: number | null) => void,
): TableColumn<AdminAnnouncement>[] {
  const dates = dateTimeFormat(locale);
  const titleOf = (row: AdminAnnouncement) => (locale === "bn" ? row.titleBn : row.titleEn);
  return [
    {
      id: "title",
      meta: { label: t("columns.title"), key: true, className: "wrap-anywhere md:min-w-56" },
      header: t("columns.title"),
      cell: ({ row }) => (
        <span className="block font-medium text-slate-900" data-user-text>
          {titleOf(row.original)}
        </span>
      ),
    },
    {
      id: "published",
      meta: { label: t("columns.published"), className: "whitespace-nowrap text-slate-600" },
      header: t("columns.published"),
      cell: ({ row }) => <time dateTime={row.original.publishedAt}>{dates.format(new Date(row.original.publishedAt))}</time>,
    },
    {
      id: "important",
      meta: { label: t("columns.important") },
      header: t("columns.important"),
      cell: ({ row }) => (row.original.important ? <Badge tone="amber">{importantLabel}</Badge> : "—"),
    },
    {
      id: "notices",
      meta: { label: t("columns.notices"), className: "whitespace-nowrap tabular-nums" },
      header: t("columns.notices"),
      cell: ({ row }) => <span data-testid="announcement-notices">{noticesText(row.original, t, locale)}</span>,
    },
    {
      id: "status",
      meta: { label: t("columns.status") },
      header: t("columns.status"),
      cell: ({ row }) =>
        row.original.archivedAt ? (
          <span className="block space-y-0.5">
            <Badge tone="slate">{t("status.archived")}</Badge>
            <time dateTime={row.original.archivedAt} className="block text-xs whitespace-nowrap text-slate-500">
              {dates.format(new Date(row.original.archivedAt))}
            </time>
          </span>
        ) : (
          <Badge tone="green">{t("status.shown")}</Badge>
        ),
    },
    {
      id: "actions",
      meta: { label: t("columns.actions"), key: true, stick: "right" },
      header: () => <span className="sr-only">{t("columns.actions")}</span>,
      cell: ({ row }) =>
        editing === row.original.id ? null : (
          <span className="flex flex-wrap justify-end gap-2">
            <Button
              variant="secondary"
              className="px-3 py-1"
              aria-label={t("editNamed", { title: titleOf(row.original) })}
              onClick={() => edit(row.original.id)}
            >
              {t("edit")}
            </Button>
            {row.original.archivedAt ? null : <ArchiveAnnouncementButton id={row.original.id} title={titleOf(row.original)} />}
          </span>
        ),
    },
  ];
}
