import {
  columnVisibilityFeature,
  createSortedRowModel,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from "@tanstack/react-table";

/** The features every panel table has: sorting loaded rows, hiding columns, selecting rows. */
export const tableFeatureSet = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_text },
  rowSelectionFeature,
});

export type TableFeatureSet = typeof tableFeatureSet;

/** A column of a panel table; `meta` says how it behaves when space runs out (see column-meta.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TanStack's own ColumnDef is keyed by the cell value type, which differs per column
export type TableColumn<Row extends RowData> = ColumnDef<TableFeatureSet, Row, any>;
