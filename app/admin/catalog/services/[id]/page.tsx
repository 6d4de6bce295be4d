import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ServiceChangesTable } from "@/components/admin/catalog/service-changes-table";
import { ServiceForm } from "@/components/admin/catalog/service-form";
import { ServiceProviderCards } from "@/components/admin/catalog/service-provider-cards";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pagePermission } from "@/lib/auth/current-user";
import { listCategories } from "@/lib/catalog/categories";
import { getServiceForAdmin } from "@/lib/catalog/get-service";
import { listServiceChangesForAdmin } from "@/lib/catalog/list-service-changes";
import { isAppError } from "@/lib/errors/app-error";
import { activeProviderNames } from "@/lib/providers/active-provider-names";
import { dateTimeFormat } from "@/lib/i18n/format-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogAdmin.service"))("title") };
}

async function loadService(id: string) {
  if (!/^\d{1,9}$/.test(id)) notFound(); // service ids are 32-bit integers
  try {
    return await getServiceForAdmin(Number(id));
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
}

export default async function AdminServicePage({ params }: { params: Promise<{ id: string }> }) {
  await pagePermission("catalog.manage");
  const service = await loadService((await params).id);
  const [t, locale, categories, changes] = await Promise.all([
    getTranslations("catalogAdmin"),
    getLocale(),
    listCategories(),
    listServiceChangesForAdmin({ serviceId: service.id, take: 20 }),
  ]);
  const category = categories.find((item) => item.id === service.categoryId);
  // Re-pointing and the fallback are for services that send orders to a provider.
  const providers = service.provider ? await activeProviderNames() : null;
  const markup =
    service.markupKind === "PERCENT"
      ? t("service.markupPercent", { value: service.markupValue ?? "0" })
      : service.markupKind === "FIXED"
        ? t("service.markupFixed", { value: service.markupValue ?? "0" })
        : t("service.markupNone");

  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/catalog/services" className="text-sm text-brand-700 hover:underline">
          ← {t("services.title")}
        </Link>
      </div>
      <PageTitle subtitle={`#${service.id} · ${category?.name ?? "—"}`}>{service.name}</PageTitle>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("service.details")} className="lg:col-span-2">
          <ServiceForm service={service} categories={categories.map(({ id, name }) => ({ id, name }))} manualOnly={!service.provider} />
        </Card>
        {service.provider ? (
          <Card title={t("service.providerTitle")}>
            <dl className="space-y-2 text-sm" data-testid="service-provider">
              <Row label={t("service.provider")}>{service.provider?.name ?? t("services.noProvider")}</Row>
              <Row label={t("service.providerServiceId")}>{service.providerServiceId ?? "—"}</Row>
              <Row label={t("service.providerRate")}>
                <span className="tabular-nums">
                  {service.providerRate ? `${service.providerRate} ${service.providerCurrency ?? ""}` : "—"}
                </span>
              </Row>
              <Row label={t("service.markup")}>{markup}</Row>
              <Row label={t("service.type")}>{t(`services.types.${service.type}`)}</Row>
              {service.vanishedAt ? (
                <Row label={t("services.vanished")}>
                  <Badge tone="red">{dateTimeFormat(locale).format(service.vanishedAt)}</Badge>
                </Row>
              ) : null}
            </dl>
          </Card>
        ) : (
          <Card title={t("service.manualTitle")}>
            <div className="space-y-3 text-sm" data-testid="service-manual">
              <p className="text-slate-600">{t("service.manualText")}</p>
              <dl>
                <Row label={t("service.type")}>{t(`services.types.${service.type}`)}</Row>
              </dl>
              <Link href="/admin/orders/queue" className="inline-block text-brand-700 hover:underline">
                {t("service.manualQueue")}
              </Link>
            </div>
          </Card>
        )}
      </div>
      {providers ? <ServiceProviderCards service={service} providers={providers} /> : null}
      <Card title={t("service.recentChanges")}>
        <ServiceChangesTable changes={changes} empty={<EmptyState text={t("changes.empty")} />} />
      </Card>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-right font-medium">{children}</dd>
    </div>
  );
}
