"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

type Props = { categories: { id: string; name: string }[]; q: string; category: string; action?: string };

/**
 * Narrows the services page by category and by name or id. A plain GET form (it works before the
 * script loads); choosing a category sends it at once.
 */
export function ServicesFilter({ categories, q, category, action = "/user/services" }: Props) {
  const t = useTranslations("ordering.services");
  const filtered = q !== "" || category !== "";
  return (
    <form role="search" action={action} className="flex flex-wrap items-end gap-3">
      <div className="w-full space-y-1 sm:w-64">
        <label htmlFor="services-category" className="block text-sm font-medium text-slate-700">
          {t("category")}
        </label>
        <select
          id="services-category"
          name="category"
          defaultValue={category}
          onChange={(event) => event.currentTarget.form?.requestSubmit()}
          className="block h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:ring-2 focus:ring-brand-500 focus:outline-none"
        >
          <option value="">{t("allCategories")}</option>
          {categories.map((one) => (
            <option key={one.id} value={one.id} data-user-text>
              {one.name}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 flex-1 basis-56 space-y-1">
        <label htmlFor="services-search" className="block text-sm font-medium text-slate-700">
          {t("search")}
        </label>
        <input
          id="services-search"
          name="q"
          type="search"
          defaultValue={q}
          autoComplete="off"
          className="block h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:ring-2 focus:ring-brand-500 focus:outline-none"
        />
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("secondary", "h-10")}>
          {t("apply")}
        </button>
        {filtered ? (
          <Link href={action} className={buttonClass("ghost")}>
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
