"use client";

import { useTable, type RowData, type RowSelectionState, type SortingState, type Updater } from "@tanstack/react-table";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { Fragment, useMemo, useState, type ReactNode } from "react";
import "./column-meta";
import type { PanelColumnMeta } from "./column-meta";
import { ColumnsMenu } from "./columns-menu";
import { tableFeatureSet, type TableColumn } from "./features";
import { selectionColumn } from "./selection-column";
import { useColumnVisibility } from "./use-column-visibility";

export type { TableColumn };

export type DataTableProps<Row extends RowData> = {
  /** Names the table for the person's saved column choice (localStorage) and for tests (`data-testid`). */
  id: string;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowId: (row: Row) => string;
  /** Shown instead of the table when there are no rows: say why, and offer the next step. */
  empty: ReactNode;
  /** Sort the loaded rows by clicking a header (lists that page on the server sort there instead). */
  sortable?: boolean;
  /** Row checkboxes; the owner keeps the selected ids; `label` is each checkbox's full name ("Select order #5"). */
  selection?: { selected: RowSelectionState; onChange: (next: RowSelectionState) => void; label: (row: Row) => string };
  rowAttributes?: (row: Row) => Record<`data-${string}`, string | number | boolean | undefined>;
  /** Shown above the table, beside the Columns menu (filters, counts). */
  toolbar?: ReactNode;
  /** A full-width row under a row (e.g. its inline editor) when this returns something; nothing by default. */
  rowDetail?: (row: Row) => ReactNode;
  /** A full-width heading row wherever `of` changes from the row before (keep such rows together); `header` gets every row with that key (e.g. a category and its select-all box). */
  group?: { of: (row: Row) => string; header: (key: string, rows: Row[]) => ReactNode };
};

const HIDE_BELOW: Record<NonNullable<PanelColumnMeta["hideBelow"]>, string> = {
  lg: "md:max-lg:hidden",
  xl: "md:max-xl:hidden",
  "2xl": "md:max-2xl:hidden",
};

/**
 * The panel's one table. On a desktop it keeps its key columns in view and scrolls the rest inside
 * its own box (the page never scrolls sideways); columns marked `hideBelow` fold away on narrower
 * screens and the Columns menu hides or shows the others. On a phone each row becomes a card of
 * label–value lines. One DOM for both layouts, so nothing is rendered twice. A footer row (totals)
 * comes from the columns' own `footer`, so it folds and hides with them; tables without one are unchanged.
 */
export function DataTable<Row extends RowData>({
  id,
  columns,
  rows,
  rowId,
  empty,
  sortable = false,
  selection,
  rowAttributes,
  toolbar,
  rowDetail,
  group,
}: DataTableProps<Row>) {
  const t = useTranslations("table");
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnVisibility, setColumnVisibility] = useColumnVisibility(id);
  const allColumns = useMemo(() => (selection ? [selectionColumn<Row>(t, selection.label), ...columns] : columns), [columns, selection, t]);
  const rowSelection = selection?.selected ?? {};
  const table = useTable({
    features: tableFeatureSet,
    columns: allColumns,
    data: rows,
    getRowId: rowId,
    enableSorting: sortable,
    enableSortingRemoval: true,
    enableRowSelection: Boolean(selection),
    state: { sorting, columnVisibility, rowSelection },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setColumnVisibility,
    onRowSelectionChange: (updater: Updater<RowSelectionState>) =>
      selection?.onChange(typeof updater === "function" ? updater(rowSelection) : updater),
  });
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide() && !column.columnDef.meta?.key);
  const hasFooter = columns.some((column) => column.footer !== undefined);

  if (rows.length === 0) return <div data-testid={`${id}-empty`}>{empty}</div>;
  return (
    <div className="space-y-2">
      {toolbar || hideable.length > 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="min-w-0 flex-1">{toolbar}</div>
          {hideable.length > 0 ? <ColumnsMenu columns={hideable} /> : null}
        </div>
      ) : null}
      <div className="max-md:overflow-visible md:overflow-x-auto">
        <table className="w-full text-sm max-md:block" data-testid={id}>
          <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase max-md:sr-only">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  // Sorted here, or by the page through its URL (meta.sorted).
                  const sorted = header.column.getIsSorted() || meta?.sorted;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      data-key-column={meta?.key ? "" : undefined}
                      aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}
                      className={clsx(
                        "py-2 pr-4 font-medium whitespace-nowrap",
                        meta?.align === "right" && "text-right",
                        meta?.hideBelow && HIDE_BELOW[meta.hideBelow],
                        stickClass(meta?.stick),
                      )}
                    >
                      {header.isPlaceholder ? null : header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 uppercase hover:text-slate-800"
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="align-top max-md:block max-md:space-y-3 md:divide-y md:divide-slate-100">
            {table.getRowModel().rows.map((row, index, all) => {
              const detail = rowDetail?.(row.original);
              const groupKey = group?.of(row.original);
              const startsGroup = group !== undefined && (index === 0 || group.of(all[index - 1].original) !== groupKey);
              return (
                <Fragment key={row.id}>
                  {startsGroup && groupKey !== undefined ? (
                    <tr className="max-md:block" data-row-group={groupKey}>
                      <td
                        colSpan={row.getVisibleCells().length}
                        className="bg-slate-50 py-2 pr-4 max-md:block max-md:rounded-lg max-md:px-3"
                      >
                        {group.header(
                          groupKey,
                          all.filter((other) => group.of(other.original) === groupKey).map((other) => other.original),
                        )}
                      </td>
                    </tr>
                  ) : null}
                  <tr {...rowAttributes?.(row.original)} className={clsx(CARD_ROW, row.getIsSelected() && "md:bg-brand-50")}>
                    {row.getVisibleCells().map((cell, index) => {
                      const meta = cell.column.columnDef.meta;
                      const titles = index === firstKeyIndex(row.getVisibleCells());
                      return (
                        <td
                          key={cell.id}
                          data-label={titles ? undefined : meta?.label}
                          data-key-column={meta?.key ? "" : undefined}
                          className={cellClass(meta, titles)}
                        >
                          <table.FlexRender cell={cell} />
                        </td>
                      );
                    })}
                  </tr>
                  {detail ? (
                    <tr className="max-md:block" data-row-detail={row.id}>
                      <td colSpan={row.getVisibleCells().length} className="bg-slate-50 px-3 max-md:block max-md:rounded-lg">
                        {detail}
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
          {hasFooter ? (
            <tfoot className="border-t-2 border-slate-200 font-semibold max-md:mt-3 max-md:block">
              {table.getFooterGroups().map((group) => (
                <tr key={group.id} className={CARD_ROW}>
                  {group.headers.map((header, index) => {
                    const meta = header.column.columnDef.meta;
                    const titles = index === firstKeyIndex(group.headers);
                    const Cell = titles ? "th" : "td";
                    return (
                      <Cell
                        key={header.id}
                        scope={titles ? "row" : undefined}
                        data-label={titles ? undefined : meta?.label}
                        className={clsx(cellClass(meta, titles), titles && "text-left")}
                      >
                        {header.isPlaceholder ? null : <table.FlexRender footer={header} />}
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tfoot>
          ) : null}
        </table>
      </div>
    </div>
  );
}

const CARD_ROW = "max-md:block max-md:rounded-lg max-md:border max-md:border-slate-200 max-md:bg-white max-md:p-3";

/** A body or footer cell: folds with its column; on a phone, a card's title or one label–value line. */
function cellClass(meta: PanelColumnMeta | undefined, titles: boolean): string {
  return clsx(
    "py-2 pr-4 md:table-cell",
    meta?.align === "right" && "md:text-right",
    meta?.hideBelow && HIDE_BELOW[meta.hideBelow],
    stickClass(meta?.stick),
    meta?.className,
    titles
      ? "max-md:block max-md:pb-2 max-md:font-medium max-md:wrap-anywhere max-md:whitespace-normal"
      : meta?.hideOnPhone
        ? "max-md:hidden"
        : "max-md:flex max-md:items-start max-md:justify-between max-md:gap-4 max-md:py-1 max-md:text-right max-md:wrap-anywhere max-md:whitespace-normal max-md:*:min-w-0 max-md:before:shrink-0 max-md:before:text-left max-md:before:text-xs max-md:before:text-slate-500 max-md:before:content-[attr(data-label)]",
  );
}

function firstKeyIndex(cells: { column: { columnDef: { meta?: PanelColumnMeta; id?: string } } }[]): number {
  return cells.findIndex((cell) => cell.column.columnDef.meta?.key);
}

function stickClass(stick: PanelColumnMeta["stick"]): string | undefined {
  if (!stick) return undefined;
  return clsx(
    "md:sticky md:z-[1] md:bg-white",
    stick === "left" ? "md:left-0" : "md:right-0 md:pl-4 md:shadow-[-8px_0_8px_-8px_rgba(15,23,42,0.15)]",
  );
}
