"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { dateTimeFormat } from "@/lib/i18n/format-date";

export type ContentPageRow = {
  slug: string;
  path: string;
  title: string;
  /** ISO time of the last save; null while the built-in text is shown. */
  updatedAt: string | null;
  editor: string | null;
};

/** The storefront's four written pages: each opens its editor; the address opens the public page. */
export function ContentPagesTable({ rows, locale }: { rows: ContentPageRow[]; locale: string }) {
  const t = useTranslations("contentPages.admin");
  const columns = useMemo<TableColumn<ContentPageRow>[]>(() => {
    const dates = dateTimeFormat(locale);
    return [
      {
        id: "page",
        meta: { label: t("columns.page"), key: true, className: "wrap-anywhere" },
        header: t("columns.page"),
        cell: ({ row }) => (
          <Link href={`/admin/content/${row.original.slug}`} className="font-medium text-brand-700 hover:underline">
            {row.original.title}
          </Link>
        ),
      },
      {
        id: "address",
        meta: { label: t("columns.address") },
        header: t("columns.address"),
        cell: ({ row }) => (
          <a href={row.original.path} target="_blank" rel="noopener" className="font-mono text-sm text-slate-600 hover:underline">
            {row.original.path}
            <span className="sr-only"> {t("opensNewTab")}</span>
          </a>
        ),
      },
      {
        id: "lastEdit",
        meta: { label: t("columns.lastEdit"), className: "whitespace-nowrap text-slate-600" },
        header: t("columns.lastEdit"),
        cell: ({ row }) =>
          row.original.updatedAt ? (
            <time dateTime={row.original.updatedAt}>{dates.format(new Date(row.original.updatedAt))}</time>
          ) : (
            <Badge>{t("builtIn")}</Badge>
          ),
      },
      {
        id: "editor",
        meta: { label: t("columns.editor"), hideBelow: "lg", className: "wrap-anywhere text-slate-600" },
        header: t("columns.editor"),
        cell: ({ row }) => (row.original.editor ? <span data-user-text>{row.original.editor}</span> : t("nobody")),
      },
      {
        id: "actions",
        meta: { label: t("edit"), key: true, align: "right", stick: "right" },
        header: () => <span className="sr-only">{t("edit")}</span>,
        cell: ({ row }) => (
          <Link
            href={`/admin/content/${row.original.slug}`}
            aria-label={t("editLabel", { title: row.original.title })}
            className="text-sm font-medium text-brand-700 hover:underline"
          >
            {t("edit")}
          </Link>
        ),
      },
    ];
  }, [t, locale]);
  return <DataTable id="admin-content-pages" columns={columns} rows={rows} rowId={(row) => row.slug} empty={t("empty")} />;
}
