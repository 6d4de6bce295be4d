import Link from "next/link";
import type { TableColumn } from "@/components/ui/data-table/data-table";
import { localDigits } from "@/lib/i18n/local-digits";

/** The admin lists' order column: "#4521" in the reader's digits (no grouping), linking to the order's page. */
export function orderIdColumn<Row extends { id: number }>(label: string, locale: string): TableColumn<Row> {
  return {
    id: "id",
    accessorFn: (order) => order.id,
    meta: { label, key: true, className: "whitespace-nowrap" },
    header: label,
    cell: ({ row }) => (
      <Link href={`/admin/orders/${row.original.id}`} className="font-medium text-brand-700 tabular-nums hover:underline">
        #{localDigits(String(row.original.id), locale)}
      </Link>
    ),
  };
}
