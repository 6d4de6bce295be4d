import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ordersHref } from "@/components/orders/orders-filters";
import { STATUS_TONES } from "@/components/orders/order-types";
import { Card } from "@/components/ui/card";
import { numberFormat } from "@/lib/i18n/format-number";
import type { OwnOrderSummary } from "@/lib/orders/own-order-summary";

const DOTS = { green: "bg-emerald-500", red: "bg-red-500", amber: "bg-amber-500", slate: "bg-slate-400", blue: "bg-blue-500" } as const;

/** How many orders are in each status (those with any), each a link to the orders list filtered by it. */
export async function StatusCounts({ summary, locale }: { summary: OwnOrderSummary; locale: string }) {
  const [t, tStatus] = await Promise.all([getTranslations("customerPages.dashboard"), getTranslations("orders.status")]);
  const numbers = numberFormat(locale, 0);
  return (
    <Card
      title={t("byStatus")}
      actions={
        <Link href="/user/orders" className="text-sm whitespace-nowrap text-brand-700 hover:underline">
          {t("allOrders")} ({numbers.format(summary.total)})
        </Link>
      }
    >
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="orders-by-status">
        {summary.byStatus
          .filter((entry) => entry.count > 0)
          .map(({ status, count }) => (
            <li key={status}>
              <Link
                href={ordersHref({ status })}
                aria-label={t("statusLink", { status: tStatus(status), count: numbers.format(count) })}
                data-status={status}
                className="hover:border-brand-300 flex h-full flex-col rounded-md border border-slate-200 px-3 py-2 hover:bg-brand-50/40"
              >
                <span className="text-2xl font-semibold text-slate-900 tabular-nums">{numbers.format(count)}</span>
                <span className="flex items-center gap-1.5 text-sm text-slate-600">
                  <span aria-hidden className={`h-2 w-2 shrink-0 rounded-full ${DOTS[STATUS_TONES[status]]}`} />
                  {tStatus(status)}
                </span>
              </Link>
            </li>
          ))}
      </ul>
    </Card>
  );
}
