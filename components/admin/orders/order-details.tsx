import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MoneyText } from "@/components/wallet/money-text";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { AdminOrderDetail } from "@/lib/orders/admin/get-order-for-admin";

/** Who ordered what, where it went, and what it cost. */
export function OrderDetails({ order, locale }: { order: AdminOrderDetail; locale: string }) {
  const t = useTranslations("ordersAdmin.detail");
  const dates = dateTimeFormat(locale);
  const when = (date: Date | null) => (date ? dates.format(date) : "—");
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
      <Row label={t("user")}>
        <Link href={`/admin/users/${order.user.id}`} className="text-brand-700 hover:underline">
          {order.user.email}
        </Link>
      </Row>
      <Row label={t("service")}>
        #{order.service.id} {order.service.name}
      </Row>
      <Row label={t("provider")}>
        {order.provider
          ? `${order.provider.name}${order.provider.status === "ACTIVE" ? "" : ` (${t("providerDisabled")})`}`
          : t(order.mode === "MANUAL" ? "manualMode" : "noProvider")}
      </Row>
      <Row label={t("providerService")}>
        <span className="font-mono">{order.providerServiceId ?? "—"}</span>
        {order.fallbackAt ? <span className="text-slate-500"> · {t("fallbackAt", { at: when(order.fallbackAt) })}</span> : null}
      </Row>
      <Row label={t("providerOrderId")}>
        <span className="font-mono">{order.providerOrderId ?? "—"}</span>
      </Row>
      <Row label={t("link")}>
        <a href={order.link} target="_blank" rel="noreferrer noopener" className="break-all text-brand-700 hover:underline">
          {order.link}
        </a>
      </Row>
      <Row label={t("quantity")}>{order.quantity}</Row>
      <Row label={t("startCount")}>{order.startCount ?? "—"}</Row>
      <Row label={t("remains")}>{order.remains ?? "—"}</Row>
      <Row label={t("charge")}>
        <MoneyText amount={order.charge} locale={locale} />
      </Row>
      <Row label={t("refunded")}>
        <MoneyText amount={order.refunded} locale={locale} />
      </Row>
      <Row label={t("providerCharge")}>{order.providerCharge ? `${order.providerCharge} ${order.providerCurrency ?? ""}` : "—"}</Row>
      <Row label={t("providerCost")}>
        {order.providerChargeBdt ? (
          <>
            <MoneyText amount={order.providerChargeBdt} locale={locale} />
            {order.providerRateBdt ? <span className="text-slate-500"> {t("atRate", { rate: order.providerRateBdt })}</span> : null}
          </>
        ) : (
          "—"
        )}
      </Row>
      <Row label={t("profit")}>{order.profit ? <MoneyText amount={order.profit} locale={locale} signed /> : "—"}</Row>
      <Row label={t("mode")}>{t(`modes.${order.mode}`)}</Row>
      <Row label={t("source")}>{order.source}</Row>
      <Row label={t("created")}>{when(order.createdAt)}</Row>
      <Row label={t("forwarded")}>{when(order.forwardedAt)}</Row>
      <Row label={t("lastChecked")}>{when(order.lastCheckedAt)}</Row>
      <Row label={t("finished")}>{when(order.finishedAt)}</Row>
      {order.adminNotes ? <Row label={t("adminNotes")}>{order.adminNotes}</Row> : null}
      {order.params ? (
        <Row label={t("params")}>
          <code className="font-mono text-xs break-all">{JSON.stringify(order.params)}</code>
        </Row>
      ) : null}
    </dl>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-4 border-b border-slate-50 py-1">
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 text-right font-medium wrap-anywhere">{children}</dd>
    </div>
  );
}
