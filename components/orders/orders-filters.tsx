import clsx from "clsx";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { ORDER_STATUSES, type OrderStatus } from "./order-types";

/** /user/orders with these filters (blank ones left out). */
export function ordersHref(filters: { status?: OrderStatus; q?: string; after?: number }): string {
  const entries = Object.entries(filters).filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== "");
  const query = new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString();
  return query ? `/user/orders?${query}` : "/user/orders";
}

/** Status tabs and a search box (by order id or link); both are plain links and a GET form. */
export async function OrdersFilters({ status, q }: { status?: OrderStatus; q?: string }) {
  const t = await getTranslations("orders");
  const tab = (value: OrderStatus | undefined, label: string) => (
    <Link
      key={value ?? "all"}
      href={ordersHref({ status: value, q })}
      aria-current={value === status ? "page" : undefined}
      className={clsx(
        "rounded-full px-3 py-1 text-sm whitespace-nowrap",
        value === status ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-700 hover:bg-slate-200",
      )}
    >
      {label}
    </Link>
  );
  return (
    <div className="mb-4 space-y-3">
      <nav aria-label={t("list.statusFilter")} className="flex gap-2 overflow-x-auto pb-1">
        {tab(undefined, t("list.all"))}
        {ORDER_STATUSES.map((value) => tab(value, t(`status.${value}`)))}
      </nav>
      <form role="search" className="flex flex-wrap gap-2">
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <input
          name="q"
          defaultValue={q}
          placeholder={t("list.search")}
          aria-label={t("list.search")}
          className="min-w-56 flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <button type="submit" className={buttonClass("secondary")}>
          {t("list.searchButton")}
        </button>
      </form>
    </div>
  );
}
