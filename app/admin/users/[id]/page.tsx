import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdjustBalanceForm } from "@/components/admin/adjust-balance-form";
import { AffiliateCard } from "@/components/admin/affiliates/affiliate-card";
import { UserControls } from "@/components/admin/user-controls";
import { CustomerPrices } from "@/components/admin/pricing/customer-prices";
import { ActAsCustomerButton } from "@/components/admin/users/act-as-customer-button";
import { DollarRateForm } from "@/components/admin/users/dollar-rate-form";
import { UserApiKeys } from "@/components/admin/users/user-api-keys";
import { UserTwoFactor } from "@/components/admin/users/user-two-factor";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LedgerTable } from "@/components/wallet/ledger-table";
import { MoneyText } from "@/components/wallet/money-text";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { formatAmount } from "@/lib/i18n/format-number";
import { getSetting } from "@/lib/settings/settings";
import { getUserForAdmin } from "@/lib/users/get-user";
import { listLedger } from "@/lib/wallet/list-ledger";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUser"))("profile") };
}

async function loadUser(id: string) {
  try {
    return await getUserForAdmin(id);
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
}

export default async function AdminUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const admin = await pagePermission("users.read");
  const [{ id }, { after }] = await Promise.all([params, readSearchParams(searchParams)]);
  const user = await loadUser(id);
  const [t, locale, ledger, panelRate] = await Promise.all([
    getTranslations(),
    getLocale(),
    listLedger(user.id, { cursor: after, take: 25 }),
    getSetting("exchange.bdtPerUsd"),
  ]);
  const isSelf = admin.id === user.id;

  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
          ← {t("adminUsers.title")}
        </Link>
      </div>
      <PageTitle subtitle={user.email}>{user.fullName}</PageTitle>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("adminUser.profile")}>
          <dl className="space-y-2 text-sm">
            <Row label={t("adminUsers.role")}>{t(`roles.${user.role}`)}</Row>
            <Row label={t("adminUsers.status")}>
              <Badge tone={user.status === "ACTIVE" ? "green" : "red"}>{t(`statuses.${user.status}`)}</Badge>
            </Row>
            <Row label={t("fields.phone")}>{user.phone ?? "—"}</Row>
            <Row label={t("adminUsers.balance")}>
              <span data-testid="admin-user-balance">
                <MoneyText amount={user.balance} locale={locale} />
              </span>
            </Row>
          </dl>
          {!isSelf && (can(admin.role, "users.manage") || can(admin.role, "users.changeRole")) ? (
            <UserControls
              userId={user.id}
              status={user.status}
              role={user.role}
              canManage={can(admin.role, "users.manage")}
              canChangeRole={can(admin.role, "users.changeRole")}
            />
          ) : null}
        </Card>
        {can(admin.role, "wallet.adjust") ? (
          <Card title={t("adjust.title")} className="lg:col-span-2">
            <AdjustBalanceForm userId={user.id} email={user.email} balance={user.balance} />
          </Card>
        ) : null}
      </div>
      {can(admin.role, "users.manage") ? (
        <Card title={t("adminUser.dollarRate.title")}>
          <p className="mb-3 text-sm text-slate-600">
            {t("adminUser.dollarRate.lead", { rate: formatAmount(panelRate, locale) })}{" "}
            <span data-testid="dollar-rate-now">
              {user.dollarRate
                ? t("adminUser.dollarRate.current", { rate: formatAmount(user.dollarRate, locale) })
                : t("adminUser.dollarRate.panelRate", { rate: formatAmount(panelRate, locale) })}
            </span>
          </p>
          <DollarRateForm userId={user.id} dollarRate={user.dollarRate} />
        </Card>
      ) : null}
      {can(admin.role, "users.manage") && user.role === "CUSTOMER" ? (
        <CustomerPrices userId={user.id} priceGroupId={user.priceGroupId} />
      ) : null}
      {can(admin.role, "users.manage") && user.role === "CUSTOMER" ? <AffiliateCard userId={user.id} locale={locale} /> : null}
      {can(admin.role, "users.manage") ? <UserApiKeys userId={user.id} /> : null}
      {can(admin.role, "users.manage") ? <UserTwoFactor user={user} isSelf={isSelf} /> : null}
      {can(admin.role, "users.impersonate") && user.role === "CUSTOMER" && user.status === "ACTIVE" ? (
        <Card title={t("acting.title")}>
          <p className="mb-3 text-sm text-slate-600">{t("acting.lead")}</p>
          <ActAsCustomerButton userId={user.id} name={user.fullName} />
        </Card>
      ) : null}
      <Card title={t("ledger.title")}>
        <LedgerTable entries={ledger.entries} locale={locale} />
        {ledger.nextCursor ? (
          <div className="mt-4 text-right text-sm">
            <Link href={`/admin/users/${user.id}?after=${ledger.nextCursor}`} className="text-brand-700 hover:underline">
              {t("ledger.older")}
            </Link>
          </div>
        ) : null}
      </Card>
    </div>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-right font-medium">{children}</dd>
    </div>
  );
}
