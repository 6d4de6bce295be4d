import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LedgerTable } from "@/components/wallet/ledger-table";
import { pageUser } from "@/lib/auth/current-user";
import { displayPrefs } from "@/lib/users/display-prefs";
import { listLedger } from "@/lib/wallet/list-ledger";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("transactions") };
}

export default async function TransactionsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await pageUser();
  const { after } = await readSearchParams(searchParams);
  const [t, tPayments, locale, page, prefs] = await Promise.all([
    getTranslations("ledger"),
    getTranslations("payments.history"),
    getLocale(),
    listLedger(user.id, { cursor: after, take: 25 }),
    displayPrefs(user.id),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card>
        <LedgerTable
          entries={page.entries}
          locale={locale}
          prefs={prefs}
          empty={<EmptyState text={t("empty")} action={{ href: "/user/add-funds", label: tPayments("addFunds") }} />}
        />
        <div className="mt-4 flex justify-between text-sm">
          {after ? (
            <Link href="/user/transactions" className="text-brand-700 hover:underline">
              {t("newest")}
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <Link href={`/user/transactions?after=${page.nextCursor}`} className="text-brand-700 hover:underline">
              {t("older")}
            </Link>
          ) : null}
        </div>
      </Card>
    </div>
  );
}
