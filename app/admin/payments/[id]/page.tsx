import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PaymentActions } from "@/components/admin/payments/payment-actions";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { getPaymentForAdmin } from "@/lib/payments/admin/get-payment-for-admin";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("paymentsAdmin.list"))("title") };
}

const RESULT_TONE = { accepted: "green", refused: "red", ignored: "slate", info: "blue" } as const;

export default async function AdminPaymentPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await pagePermission("payments.read");
  const { id } = await params;
  const [t, tm, locale, payment] = await Promise.all([
    getTranslations("paymentsAdmin"),
    getTranslations("payments.methods"),
    getLocale(),
    getPaymentForAdmin(id),
  ]);
  if (!payment) notFound();
  const date = dateTimeFormat(locale, true);
  const rows: [string, string | null][] = [
    [t("detail.amount"), `৳${payment.amount} ${payment.currency}`],
    [t("detail.bonus"), payment.bonusAmount === null ? null : `৳${payment.bonusAmount}`],
    [t("detail.method"), tm(payment.method)],
    [t("detail.trxId"), payment.trxId],
    [t("detail.sender"), payment.senderNumber],
    [t("detail.validationId"), payment.gatewayValidationId],
    [t("detail.bankTranId"), payment.bankTranId],
    [t("detail.card"), payment.cardType],
    [t("detail.risk"), payment.riskLevel === null ? null : String(payment.riskLevel)],
    [t("detail.note"), payment.adminNote],
    [t("detail.refund"), payment.refundStatus],
    [t("detail.refundRef"), payment.refundRefId],
  ];
  return (
    <div className="space-y-6">
      <PageTitle>{t("detail.title", { reference: payment.tranId })}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card
          actions={
            <span className="space-x-1">
              <PaymentStatusBadge status={payment.status} />
              {payment.riskHold ? <Badge tone="red">{t("detail.riskHold")}</Badge> : null}
            </span>
          }
        >
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="text-slate-500">{t("detail.customer")}</dt>
            <dd>
              <Link href={`/admin/users/${payment.user.id}`} className="text-brand-700 hover:underline">
                {payment.user.email}
              </Link>
            </dd>
            {rows
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-500">{label}</dt>
                  <dd className="font-medium break-all text-slate-900">{value}</dd>
                </div>
              ))}
          </dl>
        </Card>
        {can(admin.role, "payments.manage") ? (
          <Card>
            <PaymentActions
              paymentId={payment.id}
              status={payment.status}
              method={payment.method}
              riskHold={payment.riskHold}
              refundStatus={payment.refundStatus}
              amount={payment.amount}
              bonusAmount={payment.bonusAmount}
              email={payment.user.email}
            />
          </Card>
        ) : null}
      </div>
      <Card title={t("detail.history")}>
        <ol className="space-y-3 text-sm" data-testid="payment-events">
          {payment.events.map((event) => (
            <li key={event.id} className="border-l-2 border-slate-200 pl-3">
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-slate-500">{date.format(event.createdAt)}</span>
                <Badge tone={RESULT_TONE[event.result as keyof typeof RESULT_TONE] ?? "slate"}>{event.result}</Badge>
                <span className="font-mono text-xs">
                  {event.source} · {event.kind}
                </span>
                {event.httpStatus ? <span className="text-xs text-slate-500">HTTP {event.httpStatus}</span> : null}
                {event.toStatus ? (
                  <span className="text-xs text-slate-500">
                    {event.fromStatus ?? "…"} → {event.toStatus}
                  </span>
                ) : null}
              </div>
              {event.message ? <p className="mt-1 text-slate-700">{event.message}</p> : null}
              {event.payload ? (
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs text-slate-500">{t("detail.payload")}</summary>
                  <pre className="mt-1 max-h-64 overflow-auto rounded bg-slate-50 p-2 text-xs">
                    {JSON.stringify(event.payload, null, 2)}
                  </pre>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
