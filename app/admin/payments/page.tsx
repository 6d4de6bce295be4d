import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PaymentsFilters } from "@/components/admin/payments/payments-filters";
import { PaymentStatusBadge } from "@/components/payments/payment-status-badge";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { dateTimeFormat } from "@/lib/i18n/format-date";
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
  const [t, tm, locale, page] = await Promise.all([
    getTranslations("paymentsAdmin"),
    getTranslations("payments.methods"),
    getLocale(),
    listPaymentsForAdmin(filters),
  ]);
  const date = dateTimeFormat(locale);
  const kept = { ...filters, page: undefined };
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle subtitle={t("list.subtitle")}>{t("list.title")}</PageTitle>
        <div className="flex gap-2">
          <a href={`/api/admin/payments/export?${query(kept)}`} className={buttonClass("secondary")}>
            {t("list.export")}
          </a>
          {can(admin.role, "settings.manage") ? (
            <Link href="/admin/payments/settings" className={buttonClass("secondary")}>
              {t("list.settings")}
            </Link>
          ) : null}
        </div>
      </div>
      <Card>
        <PaymentsFilters filters={filters} />
        {page.rows.length === 0 ? (
          <p className="mt-4 text-sm text-slate-600">{t("list.empty")}</p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="admin-payments-table">
              <thead className="text-xs text-slate-500 uppercase">
                <tr>
                  <th className="py-2 pr-4">{t("detail.when")}</th>
                  <th className="py-2 pr-4">tran_id</th>
                  <th className="py-2 pr-4">{t("list.user")}</th>
                  <th className="py-2 pr-4">{t("detail.method")}</th>
                  <th className="py-2 pr-4">{t("detail.trxId")}</th>
                  <th className="py-2 pr-4 text-right">{t("detail.amount")}</th>
                  <th className="py-2">{t("detail.status")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {page.rows.map((row) => (
                  <tr key={row.id}>
                    <td className="py-2 pr-4 whitespace-nowrap">{date.format(row.createdAt)}</td>
                    <td className="py-2 pr-4 font-mono">
                      <Link href={`/admin/payments/${row.id}`} className="text-brand-700 hover:underline">
                        {row.tranId}
                      </Link>
                    </td>
                    <td className="py-2 pr-4">{row.user.email}</td>
                    <td className="py-2 pr-4">{tm(row.method)}</td>
                    <td className="py-2 pr-4 font-mono">{row.trxId ?? ""}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">৳{row.amount}</td>
                    <td className="space-x-1 py-2">
                      <PaymentStatusBadge status={row.status} />
                      {row.riskHold ? <Badge tone="red">{t("list.held")}</Badge> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
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
