"use client";

import type { RowData } from "@tanstack/react-table";
import type { useTranslations } from "next-intl";
import type { TableColumn } from "./features";

/** The checkbox column of a table with row selection (Shift-click selects a range); `rowLabel` names each box in full. */
export function selectionColumn<Row extends RowData>(
  t: ReturnType<typeof useTranslations<"table">>,
  rowLabel: (row: Row) => string,
): TableColumn<Row> {
  return {
    id: "select",
    enableSorting: false,
    enableHiding: false,
    meta: { label: t("select"), className: "w-8" },
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label={t("selectAll")}
        checked={table.getIsAllRowsSelected()}
        ref={(box) => {
          if (box) box.indeterminate = table.getIsSomeRowsSelected();
        }}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input type="checkbox" aria-label={rowLabel(row.original)} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />
    ),
  };
}
