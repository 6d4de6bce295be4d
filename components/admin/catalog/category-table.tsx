"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Fragment, useState, useTransition } from "react";
import { moveCategoryAction } from "@/lib/actions/admin/catalog-categories";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { CategoryEditForm } from "./category-edit-form";

export type CategoryItem = { id: string; name: string; description: string | null; status: "ACTIVE" | "DISABLED"; serviceCount: number };

/** The categories in customer order, with arrows to reorder and an inline editor per row. */
export function CategoryTable({ categories }: { categories: CategoryItem[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const move = (categoryId: string, direction: "up" | "down") =>
    startTransition(async () => {
      setNotice(null);
      const result = await moveCategoryAction({ categoryId, direction });
      if (!result.success) setNotice({ tone: "error", text: failureMessage(result, t) });
      router.refresh();
    });

  const saved = () => {
    setEditing(null);
    setNotice({ tone: "success", text: t("catalogAdmin.categories.saved") });
    router.refresh();
  };

  if (categories.length === 0) return <p className="text-sm text-slate-500">{t("catalogAdmin.categories.empty")}</p>;

  return (
    <div className="space-y-3">
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="categories-table">
          <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
            <tr>
              <th className="py-2 pr-4 font-medium">{t("catalogAdmin.categories.order")}</th>
              <th className="py-2 pr-4 font-medium">{t("catalogAdmin.categories.name")}</th>
              <th className="py-2 pr-4 text-right font-medium">{t("catalogAdmin.categories.services")}</th>
              <th className="py-2 pr-4 font-medium">{t("catalogAdmin.categories.status")}</th>
              <th className="py-2 font-medium">
                <span className="sr-only">{t("catalogAdmin.categories.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {categories.map((category, index) => (
              <Fragment key={category.id}>
                <tr>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <Button
                      variant="ghost"
                      className="px-2 py-1"
                      disabled={pending || index === 0}
                      aria-label={t("catalogAdmin.categories.moveUp", { name: category.name })}
                      onClick={() => move(category.id, "up")}
                    >
                      ↑
                    </Button>
                    <Button
                      variant="ghost"
                      className="px-2 py-1"
                      disabled={pending || index === categories.length - 1}
                      aria-label={t("catalogAdmin.categories.moveDown", { name: category.name })}
                      onClick={() => move(category.id, "down")}
                    >
                      ↓
                    </Button>
                  </td>
                  <td className="py-2 pr-4">
                    <div className="font-medium text-slate-900">{category.name}</div>
                    {category.description ? <div className="text-xs text-slate-500">{category.description}</div> : null}
                  </td>
                  <td className="py-2 pr-4 text-right tabular-nums">{category.serviceCount}</td>
                  <td className="py-2 pr-4">
                    <Badge tone={category.status === "ACTIVE" ? "green" : "slate"}>{t(`catalogAdmin.statuses.${category.status}`)}</Badge>
                  </td>
                  <td className="py-2 text-right">
                    {editing === category.id ? null : (
                      <Button
                        variant="secondary"
                        className="px-3 py-1"
                        aria-label={t("catalogAdmin.categories.editNamed", { name: category.name })}
                        onClick={() => {
                          setNotice(null);
                          setEditing(category.id);
                        }}
                      >
                        {t("catalogAdmin.categories.edit")}
                      </Button>
                    )}
                  </td>
                </tr>
                {editing === category.id ? (
                  <tr>
                    <td colSpan={5} className="bg-slate-50 px-3">
                      <CategoryEditForm category={category} onSaved={saved} onCancel={() => setEditing(null)} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
