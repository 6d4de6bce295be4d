import { getTranslations } from "next-intl/server";
import { STATUS_TONES, type OrderStatus } from "@/components/orders/order-types";
import { TrackedProgress } from "@/components/orders/tracked-progress";
import type { TrackedView } from "@/components/orders/tracked-view";
import { Badge } from "@/components/ui/badge";
import { dateFormat } from "@/lib/i18n/format-date";
import { numberFormat } from "@/lib/i18n/format-number";

export type ChildView = { providerOrderId: string; status: OrderStatus | null; quantity: number | null; remains: number | null };

/**
 * A drip-feed's or a subscription's progress and the child orders its provider made (the provider's id,
 * status, quantity, remains). Server-rendered on the customer's and the admin's order pages.
 */
export async function OrderChildren({
  orderId,
  tracked,
  expiresAt,
  rows,
  locale,
}: {
  orderId: number;
  tracked: TrackedView;
  expiresAt: Date | null;
  rows: ChildView[];
  locale: string;
}) {
  const [t, tOrders] = await Promise.all([getTranslations("tracked"), getTranslations("orders")]);
  const numbers = numberFormat(locale, 0);
  const notYet = <span className="text-slate-500">{t("children.notYet")}</span>;
  const count = (value: number | null) => (value === null ? notYet : numbers.format(value));
  return (
    <section className="space-y-3" data-testid="order-children">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span className="font-medium text-slate-700">{t(tracked.kind === "dripfeed" ? "runsLabel" : "subscriptionLabel")}</span>
        <TrackedProgress tracked={tracked} locale={locale} orderId={orderId} />
        {expiresAt ? (
          <span className="text-xs text-slate-600" data-testid="order-expires">
            {t("expires")}: {dateFormat(locale).format(expiresAt)}
          </span>
        ) : null}
      </div>
      <p className="text-xs text-slate-500">{t("children.lead")}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("children.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-80 text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th className="py-2 pr-3 font-medium">{t("children.providerId")}</th>
                <th className="py-2 pr-3 font-medium">{t("children.status")}</th>
                <th className="py-2 pr-3 text-right font-medium">{t("children.quantity")}</th>
                <th className="py-2 text-right font-medium">{t("children.remains")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((child) => (
                <tr
                  key={child.providerOrderId}
                  className="border-b border-slate-100"
                  data-testid="order-child"
                  data-status={child.status ?? "none"}
                >
                  <td className="py-2 pr-3 font-mono text-xs break-all">{child.providerOrderId}</td>
                  <td className="py-2 pr-3">
                    {child.status ? <Badge tone={STATUS_TONES[child.status]}>{tOrders(`status.${child.status}`)}</Badge> : notYet}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums">{count(child.quantity)}</td>
                  <td className="py-2 text-right tabular-nums">{count(child.remains)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
