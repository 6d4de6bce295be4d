"use client";

import type { Column, RowData } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import type { TableFeatureSet } from "./features";

/** "Columns": a small menu of checkboxes that hide or show the table's optional columns. */
export function ColumnsMenu<Row extends RowData>({ columns }: { columns: Column<TableFeatureSet, Row>[] }) {
  const t = useTranslations("table");
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
        {t("columns")}
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 w-56 space-y-1 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <legend className="sr-only">{t("columns")}</legend>
        {columns.map((column) => (
          <label key={column.id} className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
            {column.columnDef.meta?.label ?? column.id}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
