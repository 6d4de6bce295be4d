import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PaymentsTable } from "@/components/payments/payments-table";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pageUser } from "@/lib/auth/current-user";
import { listOwnPayments } from "@/lib/payments/payment-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments.history"))("title") };
}

export default async function PaymentsPage() {
  const user = await pageUser();
  const [t, locale, payments] = await Promise.all([getTranslations("payments.history"), getLocale(), listOwnPayments(user.id, 100)]);
  const rows = payments.map(({ id, tranId, method, amount, status, createdAt }) => ({ id, tranId, method, amount, status, createdAt }));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
        <Link href="/user/add-funds" className={buttonClass()}>
          {t("addFunds")}
        </Link>
      </div>
      <Card>
        <PaymentsTable
          rows={rows}
          locale={locale}
          empty={<EmptyState text={t("empty")} action={{ href: "/user/add-funds", label: t("addFunds") }} />}
        />
      </Card>
    </div>
  );
}
