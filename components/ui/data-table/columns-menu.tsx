"use client";

import type { Column, RowData } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import type { TableFeatureSet } from "./features";

/**
 * "Columns": a small menu that hides or shows the table's optional columns. Each entry is a toggle
 * button (pressed = shown), not a labelled checkbox, so a column's name never doubles as the label of
 * a form field elsewhere on the page.
 */
export function ColumnsMenu<Row extends RowData>({ columns }: { columns: Column<TableFeatureSet, Row>[] }) {
  const t = useTranslations("table");
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
        {t("columns")}
      </summary>
      <div
        role="group"
        aria-label={t("columns")}
        className="absolute right-0 z-20 mt-1 w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
      >
        {columns.map((column) => {
          const shown = column.getIsVisible();
          return (
            <button
              key={column.id}
              type="button"
              aria-pressed={shown}
              onClick={() => column.toggleVisibility(!shown)}
              className="flex w-full items-center gap-2 rounded px-2 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100"
            >
              <span aria-hidden="true" className="inline-flex size-4 items-center justify-center rounded border border-slate-400 text-xs">
                {shown ? "✓" : ""}
              </span>
              {column.columnDef.meta?.label ?? column.id}
            </button>
          );
        })}
      </div>
    </details>
  );
}
