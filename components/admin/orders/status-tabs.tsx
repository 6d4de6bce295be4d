import clsx from "clsx";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { numberFormat } from "@/lib/i18n/format-number";
import { STATUS_COUNT_CAP, type StatusCounts } from "@/lib/orders/admin/count-orders-by-status";
import { ORDER_STATUSES, type AdminOrderStatus } from "@/lib/orders/admin/schemas";

/** The admin order list's status tabs, each with how many orders it holds under the other filters. */
export async function StatusTabs({
  current,
  counts,
  href,
}: {
  current: AdminOrderStatus | undefined;
  counts: StatusCounts;
  href: (status: AdminOrderStatus | undefined) => string;
}) {
  const [t, locale] = await Promise.all([getTranslations("ordersAdmin"), getLocale()]);
  const numbers = numberFormat(locale, 0);
  const shown = (count: number) =>
    count > STATUS_COUNT_CAP ? t("list.countCapped", { count: numbers.format(STATUS_COUNT_CAP) }) : numbers.format(count);
  const tab = (status: AdminOrderStatus | undefined, label: string, count: number) => (
    <Link
      key={status ?? "all"}
      href={href(status)}
      aria-current={status === current ? "page" : undefined}
      data-testid={`status-tab-${status ?? "ALL"}`}
      className={clsx(
        "inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm whitespace-nowrap",
        status === current ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-700 hover:bg-slate-200",
      )}
    >
      {label}
      <span className={clsx("rounded-full px-1.5 text-xs tabular-nums", status === current ? "bg-white/20" : "bg-white text-slate-600")}>
        {shown(count)}
      </span>
    </Link>
  );
  return (
    <nav aria-label={t("list.statusTabs")} className="mb-4 flex gap-2 overflow-x-auto pb-1">
      {tab(undefined, t("list.allStatuses"), counts.all)}
      {ORDER_STATUSES.map((status) => tab(status, t(`statuses.${status}`), counts.byStatus[status]))}
    </nav>
  );
}
