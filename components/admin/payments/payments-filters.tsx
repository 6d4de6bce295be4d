import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { PAYMENT_METHOD_NAMES, PAYMENT_STATUSES, type AdminPaymentFilters } from "@/lib/payments/schemas";

const control = "max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** A plain GET form: the filters live in the URL, so a filtered list can be shared and exported. */
export function PaymentsFilters({ filters }: { filters: AdminPaymentFilters }) {
  const t = useTranslations("paymentsAdmin.filters");
  const ts = useTranslations("payments.statuses");
  const tm = useTranslations("payments.methods");
  const tw = useTranslations("waitingWork");
  return (
    <form method="get" action="/admin/payments" className="flex flex-wrap items-end gap-3">
      <label className="flex max-w-full min-w-0 flex-col gap-1 text-xs text-slate-600">
        {t("search")}
        <input name="q" defaultValue={filters.q ?? ""} className={`${control} w-64`} />
      </label>
      <label className="flex max-w-full min-w-0 flex-col gap-1 text-xs text-slate-600">
        {t("status")}
        <select name="status" defaultValue={filters.status ?? ""} className={control}>
          <option value="">{t("any")}</option>
          {PAYMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {ts(status)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex max-w-full min-w-0 flex-col gap-1 text-xs text-slate-600">
        {t("method")}
        <select name="method" defaultValue={filters.method ?? ""} className={control}>
          <option value="">{t("any")}</option>
          {PAYMENT_METHOD_NAMES.map((method) => (
            <option key={method} value={method}>
              {tm(method)}
            </option>
          ))}
          <option value="MANUAL">{tw("filters.manualMethods")}</option>
        </select>
      </label>
      <label className="flex max-w-full min-w-0 flex-col gap-1 text-xs text-slate-600">
        {t("from")}
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={control} />
      </label>
      <label className="flex max-w-full min-w-0 flex-col gap-1 text-xs text-slate-600">
        {t("to")}
        <input type="date" name="to" defaultValue={filters.to ?? ""} className={control} />
      </label>
      <label className="flex items-center gap-2 pb-2 text-xs text-slate-600">
        <input type="checkbox" name="held" value="1" defaultChecked={Boolean(filters.held)} />
        {t("heldOnly")}
      </label>
      <button type="submit" className={buttonClass("primary")}>
        {t("apply")}
      </button>
      <Link href="/admin/payments" className={buttonClass("ghost")}>
        {t("clear")}
      </Link>
    </form>
  );
}
