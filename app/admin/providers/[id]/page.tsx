import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BalanceHistoryChart } from "@/components/admin/providers/balance-history-chart";
import { ProviderActions } from "@/components/admin/providers/provider-actions";
import { ProviderForm } from "@/components/admin/providers/provider-form";
import { ProviderHealthFigures } from "@/components/admin/providers/provider-health-figures";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors/app-error";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { providerBalanceHistory } from "@/lib/providers/balance-history";
import { getProvider } from "@/lib/providers/list-providers";
import { providerHealth } from "@/lib/providers/provider-health";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("providers"))("title") };
}

async function load(id: string) {
  try {
    return await getProvider(id);
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
}

export default async function ProviderPage({ params }: { params: Promise<{ id: string }> }) {
  await pagePermission("providers.manage");
  const provider = await load((await params).id);
  const [t, th, locale, history, health] = await Promise.all([
    getTranslations("providers"),
    getTranslations("providerHealth"),
    getLocale(),
    providerBalanceHistory(provider.id),
    providerHealth(provider.id),
  ]);
  const dates = dateTimeFormat(locale);
  return (
    <div className="space-y-6">
      <Link href="/admin/providers" className="text-sm text-brand-700 hover:underline">
        ← {t("title")}
      </Link>
      <PageTitle subtitle={provider.apiUrl}>{provider.name}</PageTitle>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("connection")}>
          <dl className="space-y-2 text-sm">
            <div className="flex justify-between gap-4">
              <dt className="text-slate-500">{t("balance")}</dt>
              <dd className="font-medium tabular-nums" data-testid="provider-balance">
                {provider.balance ? `${provider.balance} ${provider.currency ?? ""}` : "—"}
              </dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt className="text-slate-500">{t("checkedAt")}</dt>
              <dd>{provider.balanceCheckedAt ? dates.format(provider.balanceCheckedAt) : "—"}</dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt className="text-slate-500">{t("lastSynced")}</dt>
              <dd>{provider.lastSyncedAt ? dates.format(provider.lastSyncedAt) : "—"}</dd>
            </div>
          </dl>
          <ProviderActions providerId={provider.id} />
          <Link href={`/admin/providers/${provider.id}/import`} className={buttonClass("primary", "mt-4 w-full")}>
            {t("importServices")}
          </Link>
        </Card>
        <Card title={t("edit")} className="lg:col-span-2">
          <ProviderForm provider={provider} />
        </Card>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={th("history.title")} className="min-w-0 lg:col-span-2">
          <BalanceHistoryChart providerName={provider.name} points={history} />
        </Card>
        <Card title={th("health.title")}>
          <ProviderHealthFigures health={health} />
        </Card>
      </div>
    </div>
  );
}
