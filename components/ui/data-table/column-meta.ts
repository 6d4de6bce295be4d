import type { CellData, RowData, TableFeatures } from "@tanstack/table-core";

/** How a column behaves in the panel's tables. */
export type PanelColumnMeta = {
  /** The column's name as text: the card label on a phone and the entry in the Columns menu. */
  label: string;
  /** A key column: never hidden; the first one titles the row's card on a phone. */
  key?: boolean;
  /** Below this width (desktop layout) the column folds away; on a phone's card it still shows. */
  hideBelow?: "lg" | "xl" | "2xl";
  /** Left off a phone's card (the row's own page shows it). */
  hideOnPhone?: boolean;
  align?: "right";
  /** Stays in view while the rest of the row scrolls inside its card (e.g. a row's actions). */
  stick?: "left" | "right";
  /** Extra classes for the column's cells (e.g. a minimum width). */
  className?: string;
  /** The page sorts by this column (through the URL, its header a link): announced as the header's aria-sort. */
  sorted?: "asc" | "desc";
};

/* eslint-disable @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars -- a module augmentation: the parameters must repeat TanStack's declaration to merge with it */
declare module "@tanstack/table-core" {
  interface ColumnMeta<
    in out TFeatures extends TableFeatures,
    in out TData extends RowData,
    TValue extends CellData = CellData,
  > extends PanelColumnMeta {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars */
