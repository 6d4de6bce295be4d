import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PaymentsFilters } from "@/components/admin/payments/payments-filters";
import { PaymentsTable } from "@/components/admin/payments/payments-table";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listPaymentsForAdmin } from "@/lib/payments/admin/list-payments-for-admin";
import { adminPaymentFiltersSchema } from "@/lib/payments/schemas";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("paymentsAdmin.list"))("title") };
}

type Params = Record<string, string | string[] | undefined>;

function query(values: Record<string, string | number | undefined>): string {
  return new URLSearchParams(
    Object.entries(values)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== "")
      .map(([key, value]) => [key, String(value)]),
  ).toString();
}

export default async function AdminPaymentsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const admin = await pagePermission("payments.read");
  const given = Object.fromEntries(
    Object.entries(await searchParams).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].trim() !== ""),
  );
  const filters = adminPaymentFiltersSchema.parse(given);
  const [t, tt, locale, page] = await Promise.all([
    getTranslations("paymentsAdmin"),
    getTranslations("adminTables"),
    getLocale(),
    listPaymentsForAdmin(filters),
  ]);
  const kept = { ...filters, page: undefined };
  const filtered = Object.keys(given).some((name) => name !== "page");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle subtitle={t("list.subtitle")}>{t("list.title")}</PageTitle>
        <div className="flex flex-wrap gap-2">
          <a href={`/api/admin/payments/export?${query(kept)}`} className={buttonClass("secondary")}>
            {t("list.export")}
          </a>
          {can(admin.role, "settings.manage") ? (
            <>
              <Link href="/admin/payments/bonuses" className={buttonClass("secondary")}>
                {t("list.bonuses")}
              </Link>
              <Link href="/admin/payments/settings" className={buttonClass("secondary")}>
                {t("list.settings")}
              </Link>
            </>
          ) : null}
        </div>
      </div>
      <Card>
        <PaymentsFilters filters={filters} />
        <div className="mt-4">
          <PaymentsTable
            rows={page.rows}
            locale={locale}
            empty={
              filtered ? (
                <EmptyState text={t("list.empty")} action={{ href: "/admin/payments", label: tt("clearFilters") }} />
              ) : (
                <EmptyState text={tt("payments.none")} />
              )
            }
          />
        </div>
        <nav className="mt-4 flex justify-between text-sm">
          {filters.page > 1 ? (
            <Link href={`/admin/payments?${query({ ...kept, page: filters.page - 1 })}`} className="text-brand-700 hover:underline">
              {t("list.previous")}
            </Link>
          ) : (
            <span />
          )}
          {page.hasMore ? (
            <Link
              href={`/admin/payments?${query({ ...kept, page: filters.page + 1 })}`}
              className="text-brand-700 hover:underline"
              rel="next"
            >
              {t("list.next")}
            </Link>
          ) : null}
        </nav>
      </Card>
    </div>
  );
}
