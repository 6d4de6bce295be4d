import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { listOwnPayments } from "@/lib/payments/payment-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments.history"))("title") };
}

export default async function PaymentsPage() {
  const user = await pageUser();
  const [t, tm, locale, payments] = await Promise.all([
    getTranslations("payments.history"),
    getTranslations("payments.methods"),
    getLocale(),
    listOwnPayments(user.id, 100),
  ]);
  const date = dateTimeFormat(locale);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
        <Link href="/user/add-funds" className={buttonClass()}>
          {t("addFunds")}
        </Link>
      </div>
      <Card>
        {payments.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="payments-table">
              <thead className="text-xs text-slate-500 uppercase">
                <tr>
                  <th className="py-2 pr-4">{t("date")}</th>
                  <th className="py-2 pr-4">{t("reference")}</th>
                  <th className="py-2 pr-4">{t("method")}</th>
                  <th className="py-2 pr-4 text-right">{t("amount")}</th>
                  <th className="py-2">{t("status")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {payments.map((payment) => (
                  <tr key={payment.id}>
                    <td className="py-2 pr-4 whitespace-nowrap">{date.format(new Date(payment.createdAt))}</td>
                    <td className="py-2 pr-4 font-mono">
                      <Link href={`/user/payments/${payment.tranId}`} className="text-brand-700 hover:underline">
                        {payment.tranId}
                      </Link>
                    </td>
                    <td className="py-2 pr-4">{tm(payment.method)}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">৳{payment.amount}</td>
                    <td className="py-2">
                      <PaymentStatusBadge status={payment.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
