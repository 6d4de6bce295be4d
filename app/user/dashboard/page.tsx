import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { MoneyText } from "@/components/wallet/money-text";
import { LedgerTable } from "@/components/wallet/ledger-table";
import { pageUser } from "@/lib/auth/current-user";
import { getBalance } from "@/lib/users/get-user";
import { listLedger } from "@/lib/wallet/list-ledger";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("dashboard") };
}

export default async function DashboardPage() {
  const user = await pageUser();
  const [t, locale, balance, recent] = await Promise.all([
    getTranslations("dashboard"),
    getLocale(),
    getBalance(user.id),
    listLedger(user.id, { take: 5 }),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t.rich("welcome", { name: () => <span data-user-text>{user.fullName}</span> })}</PageTitle>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Card>
          <p className="text-sm text-slate-600">{t("balance")}</p>
          <p className="mt-1 text-3xl font-semibold" data-testid="wallet-balance">
            <MoneyText amount={balance} locale={locale} />
          </p>
        </Card>
      </div>
      <Card
        title={t("recentActivity")}
        actions={
          <Link href="/user/transactions" className="text-sm text-brand-700 hover:underline">
            {t("seeAll")}
          </Link>
        }
      >
        <LedgerTable entries={recent.entries} locale={locale} />
      </Card>
    </div>
  );
}
