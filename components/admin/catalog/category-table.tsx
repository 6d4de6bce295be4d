"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, useTransition, type ReactNode } from "react";
import { moveCategoryAction } from "@/lib/actions/admin/catalog-categories";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import { Notice } from "@/components/ui/notice";
import { numberFormat } from "@/lib/i18n/format-number";
import { CategoryEditForm } from "./category-edit-form";

export type CategoryItem = { id: string; name: string; description: string | null; status: "ACTIVE" | "DISABLED"; serviceCount: number };

type Actions = {
  pending: boolean;
  editing: string | null;
  last: number;
  move: (id: string, direction: "up" | "down") => void;
  edit: (id: string) => void;
};

/** The categories in customer order (that order is the point, so no sorting), with arrows to reorder and an inline editor per row. */
export function CategoryTable({ categories, empty }: { categories: CategoryItem[]; empty: ReactNode }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const saved = () => {
    setEditing(null);
    setNotice({ tone: "success", text: t("catalogAdmin.categories.saved") });
    router.refresh();
  };

  const last = categories.length - 1;
  const columns = useMemo(
    () =>
      categoryColumns(t, locale, {
        pending,
        editing,
        last,
        move: (categoryId, direction) =>
          startTransition(async () => {
            setNotice(null);
            const result = await moveCategoryAction({ categoryId, direction });
            if (!result.success) setNotice({ tone: "error", text: failureMessage(result, t) });
            router.refresh();
          }),
        edit: (categoryId) => {
          setNotice(null);
          setEditing(categoryId);
        },
      }),
    [t, locale, pending, editing, last, router],
  );

  return (
    <div className="space-y-3">
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <DataTable
        id="categories-table"
        columns={columns}
        rows={categories}
        rowId={(category) => category.id}
        empty={empty}
        rowDetail={(category) =>
          editing === category.id ? <CategoryEditForm category={category} onSaved={saved} onCancel={() => setEditing(null)} /> : null
        }
      />
    </div>
  );
}

function categoryColumns(t: ReturnType<typeof useTranslations>, locale: string, actions: Actions): TableColumn<CategoryItem>[] {
  const numbers = numberFormat(locale, 0);
  return [
    {
      id: "name",
      meta: { label: t("catalogAdmin.categories.name"), key: true, className: "wrap-anywhere" },
      header: t("catalogAdmin.categories.name"),
      cell: ({ row }) => (
        <span className="text-left">
          <span className="block font-medium text-slate-900">{row.original.name}</span>
          {row.original.description ? <span className="block text-xs font-normal text-slate-500">{row.original.description}</span> : null}
        </span>
      ),
    },
    {
      id: "services",
      enableHiding: false,
      meta: { label: t("catalogAdmin.categories.services"), align: "right" },
      header: t("catalogAdmin.categories.services"),
      cell: ({ row }) => <span className="tabular-nums">{numbers.format(row.original.serviceCount)}</span>,
    },
    {
      id: "status",
      enableHiding: false,
      meta: { label: t("catalogAdmin.categories.status") },
      header: t("catalogAdmin.categories.status"),
      cell: ({ row }) => (
        <Badge tone={row.original.status === "ACTIVE" ? "green" : "slate"}>{t(`catalogAdmin.statuses.${row.original.status}`)}</Badge>
      ),
    },
    {
      id: "order",
      enableHiding: false,
      meta: { label: t("catalogAdmin.categories.order"), className: "whitespace-nowrap" },
      header: t("catalogAdmin.categories.order"),
      cell: ({ row }) => (
        <span>
          <Button
            variant="ghost"
            className="px-2 py-1"
            disabled={actions.pending || row.index === 0}
            aria-label={t("catalogAdmin.categories.moveUp", { name: row.original.name })}
            onClick={() => actions.move(row.original.id, "up")}
          >
            ↑
          </Button>
          <Button
            variant="ghost"
            className="px-2 py-1"
            disabled={actions.pending || row.index === actions.last}
            aria-label={t("catalogAdmin.categories.moveDown", { name: row.original.name })}
            onClick={() => actions.move(row.original.id, "down")}
          >
            ↓
          </Button>
        </span>
      ),
    },
    {
      id: "actions",
      meta: { label: t("catalogAdmin.categories.actions"), key: true, align: "right" },
      header: () => <span className="sr-only">{t("catalogAdmin.categories.actions")}</span>,
      cell: ({ row }) =>
        actions.editing === row.original.id ? null : (
          <Button
            variant="secondary"
            className="px-3 py-1"
            aria-label={t("catalogAdmin.categories.editNamed", { name: row.original.name })}
            onClick={() => actions.edit(row.original.id)}
          >
            {t("catalogAdmin.categories.edit")}
          </Button>
        ),
    },
  ];
}
