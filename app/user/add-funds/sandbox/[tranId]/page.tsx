import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SandboxCheckout } from "@/components/payments/sandbox-checkout";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { pageUser } from "@/lib/auth/current-user";
import { sandboxAllowed } from "@/lib/payments/config";
import { ownPaymentView } from "@/lib/payments/payment-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments.sandbox"))("title") };
}

/** The built-in sandbox gateway's checkout page (development, tests, or production when enabled). */
export default async function SandboxCheckoutPage({ params }: { params: Promise<{ tranId: string }> }) {
  const user = await pageUser();
  const { tranId } = await params;
  if (!sandboxAllowed()) notFound();
  const [t, payment] = await Promise.all([getTranslations("payments.sandbox"), ownPaymentView(user.id, tranId)]);
  if (!payment || payment.method !== "SANDBOX") notFound();
  return (
    <div className="max-w-md space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card>
        <dl className="mb-4 grid grid-cols-2 gap-2 text-sm">
          <dt className="text-slate-500">{t("amount")}</dt>
          <dd className="font-semibold" data-testid="sandbox-amount">
            ৳{payment.amount}
          </dd>
          <dt className="text-slate-500">{t("reference")}</dt>
          <dd className="font-mono">{payment.tranId}</dd>
        </dl>
        {payment.status === "PENDING" || payment.status === "INITIATED" ? (
          <SandboxCheckout tranId={payment.tranId} />
        ) : (
          <Notice tone="info">{t("notOpen")}</Notice>
        )}
      </Card>
    </div>
  );
}
