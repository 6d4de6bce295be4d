import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { ORDER_STATUSES, type AdminOrderQuery } from "@/lib/orders/admin/schemas";

const INPUT = "max-w-full rounded-md border border-slate-300 px-2 py-2 text-sm";

/** The list's filters and search as a plain GET form (the URL is the state; no script needed). */
export function OrdersFilters({ filters, providers }: { filters: AdminOrderQuery; providers: { id: string; name: string }[] }) {
  const t = useTranslations("ordersAdmin.filters");
  const ts = useTranslations("ordersAdmin.statuses");
  return (
    <form className="mb-4 flex flex-wrap items-end gap-2" role="search" aria-label={t("title")}>
      <Labelled id="orders-q" label={t("search")} grow>
        <input id="orders-q" name="q" defaultValue={filters.q} placeholder={t("searchPlaceholder")} className={`${INPUT} w-full px-3`} />
      </Labelled>
      <Labelled id="orders-status" label={t("status")}>
        <select id="orders-status" name="status" defaultValue={filters.status ?? ""} className={INPUT}>
          <option value="">{t("allStatuses")}</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {ts(status)}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="orders-provider" label={t("provider")}>
        <select id="orders-provider" name="providerId" defaultValue={filters.providerId ?? ""} className={INPUT}>
          <option value="">{t("allProviders")}</option>
          {providers.map((provider) => (
            <option key={provider.id} value={provider.id}>
              {provider.name}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="orders-mode" label={t("mode")}>
        <select id="orders-mode" name="mode" defaultValue={filters.mode ?? ""} className={INPUT}>
          <option value="">{t("allModes")}</option>
          <option value="AUTO">{t("modes.AUTO")}</option>
          <option value="MANUAL">{t("modes.MANUAL")}</option>
        </select>
      </Labelled>
      <Labelled id="orders-service" label={t("serviceId")}>
        <input
          id="orders-service"
          name="serviceId"
          inputMode="numeric"
          defaultValue={filters.serviceId ?? ""}
          className={`${INPUT} w-24`}
        />
      </Labelled>
      <Labelled id="orders-user" label={t("user")}>
        <input id="orders-user" name="user" defaultValue={filters.user} placeholder={t("userPlaceholder")} className={`${INPUT} w-56`} />
      </Labelled>
      <Labelled id="orders-from" label={t("from")}>
        <input id="orders-from" name="from" type="date" defaultValue={filters.from} className={INPUT} />
      </Labelled>
      <Labelled id="orders-to" label={t("to")}>
        <input id="orders-to" name="to" type="date" defaultValue={filters.to} className={INPUT} />
      </Labelled>
      {filters.since ? <input type="hidden" name="since" value={filters.since} /> : null}
      <button type="submit" className={buttonClass("secondary")}>
        {t("apply")}
      </button>
    </form>
  );
}

function Labelled({ id, label, grow, children }: { id: string; label: string; grow?: boolean; children: React.ReactNode }) {
  return (
    <div className={grow ? "min-w-56 flex-1 space-y-1" : "max-w-full min-w-0 space-y-1"}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
    </div>
  );
}
