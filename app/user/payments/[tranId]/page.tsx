import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";
import { amountWording } from "@/components/payments/receipt-wording";
import { VerifyPayment } from "@/components/payments/verify-payment";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { pageUser } from "@/lib/auth/current-user";
import { getBrand } from "@/lib/brand/brand";
import { contactLinks } from "@/lib/brand/contact-links";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { formatAmount } from "@/lib/i18n/format-number";
import { ownPaymentView } from "@/lib/payments/payment-view";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ tranId: string }> }): Promise<Metadata> {
  return { title: (await getTranslations("payments.detail"))("title", { reference: (await params).tranId }) };
}

/** One payment of the signed-in customer: its state, and the receipt once credited. Never credits. */
export default async function PaymentPage({ params }: { params: Promise<{ tranId: string }> }) {
  const user = await pageUser();
  const { tranId } = await params;
  const [t, tm, tr, tb, locale, payment, brand] = await Promise.all([
    getTranslations("payments.detail"),
    getTranslations("payments.methods"),
    getTranslations("feedback.receipt"),
    getTranslations("brandSettings.receipt"),
    getLocale(),
    ownPaymentView(user.id, tranId),
    getBrand(),
  ]);
  if (!payment) notFound();
  const date = dateTimeFormat(locale);
  // Who to ask about this payment: the panel's support address and phone (brand settings), when set.
  const support = contactLinks(brand).filter((link) => link.kind === "email" || link.kind === "phone");
  const credited = payment.status === "COMPLETED" || payment.status === "APPROVED";
  const message = credited
    ? { tone: "success" as const, text: t("done") }
    : payment.riskHold
      ? { tone: "info" as const, text: t("held") }
      : payment.status === "SUBMITTED"
        ? { tone: "info" as const, text: t("review") }
        : ["FAILED", "CANCELED", "EXPIRED", "REJECTED"].includes(payment.status)
          ? { tone: "error" as const, text: t("notCredited") }
          : null;
  const rows: [string, string | null][] = [
    // Named by what the amount did to the balance: a transfer waiting for review is not "credited" yet.
    [tr(`amount.${amountWording(payment.status, payment.riskHold)}`), formatAmount(payment.amount, locale)],
    // The deposit bonus credited with it (lib/payments/bonus), or taken back with its refund.
    [t(payment.status === "REFUNDED" ? "bonusTakenBack" : "bonus"), payment.bonusAmount ? formatAmount(payment.bonusAmount, locale) : null],
    [t("method"), tm(payment.method)],
    [t("created"), date.format(new Date(payment.createdAt))],
    [t("completed"), payment.completedAt ? date.format(new Date(payment.completedAt)) : null],
    [tr("refundedAt"), payment.refundedAt ? date.format(new Date(payment.refundedAt)) : null],
    [t("trxId"), payment.trxId],
    [t("sender"), payment.senderNumber],
    [t("bankTranId"), payment.bankTranId],
    [t("note"), payment.adminNote],
  ];
  return (
    <div className="max-w-xl space-y-6">
      <PageTitle>{t("title", { reference: payment.tranId })}</PageTitle>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <Card
        title={credited ? tb.rich("title", { name: brand.name, brand: (chunks) => <span data-user-text>{chunks}</span> }) : undefined}
        actions={<PaymentStatusBadge status={payment.status} />}
      >
        {/* Two even columns on a phone: a long label ("Amount to be credited after review") wraps instead of pushing the values off screen. */}
        <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-6" data-testid="payment-details">
          {rows
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-500">{label}</dt>
                <dd className="min-w-0 font-medium [overflow-wrap:anywhere] text-slate-900">{value}</dd>
              </div>
            ))}
        </dl>
        {support.length ? (
          <p className="mt-4 text-sm text-slate-600" data-testid="receipt-support">
            {tb("support")}{" "}
            {support.map((link, index) => (
              <span key={link.kind}>
                {index > 0 ? " · " : null}
                <a href={link.href} className="text-brand-700 underline" data-user-text>
                  {link.label}
                </a>
              </span>
            ))}
          </p>
        ) : null}
        {!payment.riskHold ? (
          <div className="mt-4">
            <VerifyPayment tranId={payment.tranId} status={payment.status} />
          </div>
        ) : null}
      </Card>
      <div className="flex flex-wrap gap-4 text-sm">
        <Link href="/user/payments" className="text-brand-700 hover:underline">
          {t("back")}
        </Link>
        <Link href={`/user/complaints/new?payment=${payment.id}`} className="text-brand-700 hover:underline">
          {t("reportProblem")}
        </Link>
      </div>
    </div>
  );
}
