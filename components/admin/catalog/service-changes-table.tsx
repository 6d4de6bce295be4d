"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable, type TableColumn } from "@/components/ui/data-table/data-table";
import type { listServiceChangesForAdmin } from "@/lib/catalog/list-service-changes";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { formatAmount, numberFormat } from "@/lib/i18n/format-number";

type Change = Awaited<ReturnType<typeof listServiceChangesForAdmin>>[number];
type Translator = ReturnType<typeof useTranslations<"catalogAdmin">>;

/**
 * The service-change log (newest first, all on the page, so any column sorts); `showService` adds a
 * column linking to each service.
 */
export function ServiceChangesTable({
  changes,
  showService = false,
  empty,
}: {
  changes: Change[];
  showService?: boolean;
  empty: ReactNode;
}) {
  const t = useTranslations("catalogAdmin");
  const locale = useLocale();
  const columns = useMemo(() => changeColumns(t, locale, showService), [t, locale, showService]);
  return <DataTable id="service-changes" columns={columns} rows={changes} rowId={(change) => change.id} sortable empty={empty} />;
}

function changeColumns(t: Translator, locale: string, showService: boolean): TableColumn<Change>[] {
  const dates = dateTimeFormat(locale);
  const numbers = numberFormat(locale, 0);
  const time: TableColumn<Change> = {
    id: "time",
    accessorFn: (change) => new Date(change.createdAt).getTime(),
    meta: { label: t("changes.time"), key: !showService, className: "whitespace-nowrap text-slate-600" },
    header: t("changes.time"),
    cell: ({ row }) => dates.format(new Date(row.original.createdAt)),
  };
  const service: TableColumn<Change> = {
    id: "service",
    accessorFn: (change) => change.service.name,
    meta: { label: t("changes.service"), key: true, className: "wrap-anywhere md:min-w-48" },
    header: t("changes.service"),
    cell: ({ row }) => (
      <Link href={`/admin/catalog/services/${row.original.service.id}`} className="text-brand-700 hover:underline">
        #{numbers.format(row.original.service.id)} {row.original.service.name}
      </Link>
    ),
  };
  return [
    ...(showService ? [service, time] : [time]),
    {
      id: "kind",
      accessorFn: (change) => label(t, `changes.kinds.${change.kind}`, change.kind),
      meta: { label: t("changes.kind"), key: true, className: "whitespace-nowrap" },
      header: t("changes.kind"),
      cell: ({ row }) => (
        <span>
          {label(t, `changes.kinds.${row.original.kind}`, row.original.kind)}
          {row.original.priceRise ? (
            <span className="ml-2">
              <Badge tone="amber">{t("changes.priceRise")}</Badge>
            </span>
          ) : null}
        </span>
      ),
    },
    {
      id: "source",
      accessorFn: (change) => change.source,
      meta: { label: t("changes.source"), hideBelow: "xl" },
      header: t("changes.source"),
      cell: ({ row }) => label(t, `changes.sources.${row.original.source}`, row.original.source),
    },
    {
      id: "change",
      enableSorting: false,
      meta: { label: t("changes.change"), className: "wrap-anywhere md:min-w-56" },
      header: t("changes.change"),
      cell: ({ row }) => (
        <span className="font-mono text-xs text-slate-600">
          {row.original.before === null && row.original.after === null
            ? "—"
            : `${describe(t, locale, row.original.before)} → ${describe(t, locale, row.original.after)}`}
        </span>
      ),
    },
  ];
}

/** A translated label when the log holds a value we know, else the stored text itself. */
function label(t: Translator, key: string, fallback: string): string {
  return t.has(key) ? t(key as Parameters<Translator>[0]) : fallback;
}

/** `{ rate: "12.0000", min: 10 }` → "rate: ৳12.00, min: 10", in the reader's language and digits (our rate is BDT money). */
function describe(t: Translator, locale: string, value: Change["before"]): string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value === null ? "—" : show(t, locale, value);
  return Object.entries(value)
    .map(
      ([key, item]) =>
        `${label(t, `changes.fields.${key}`, key)}: ${key === "rate" && isFigure(item) ? formatAmount(String(item), locale) : show(t, locale, item)}`,
    )
    .join(", ");
}

function show(t: Translator, locale: string, item: unknown): string {
  if (item === null || item === undefined) return "—";
  if (typeof item === "boolean") return t(item ? "changes.yes" : "changes.no");
  if (item === "ACTIVE" || item === "DISABLED") return label(t, `statuses.${item}`, item);
  // Figures (limits, provider rates kept as decimal strings) in the reader's digits; Intl formats the string itself, no float.
  if (isFigure(item)) return numberFormat(locale).format(item as number);
  return String(item);
}

function isFigure(item: unknown): item is number | string {
  return typeof item === "number" || (typeof item === "string" && /^-?\d+(\.\d+)?$/.test(item));
}
