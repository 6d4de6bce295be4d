import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProviderForm } from "@/components/admin/providers/provider-form";
import { ProvidersTable } from "@/components/admin/providers/providers-table";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pagePermission } from "@/lib/auth/current-user";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";
import { listProviders } from "@/lib/providers/list-providers";
import { providerListQuerySchema } from "@/lib/providers/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("providers"))("title") };
}

export default async function ProvidersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await pagePermission("providers.manage");
  const query = providerListQuerySchema.parse(await readSearchParams(searchParams));
  const [t, tw, ta, locale, providers] = await Promise.all([
    getTranslations("providers"),
    getTranslations("waitingWork.filters"),
    getTranslations("adminTables"),
    getLocale(),
    listProviders(query),
  ]);
  const tab = (balance: "low" | undefined, label: string) => (
    <Link
      href={balance ? `/admin/providers?balance=${balance}` : "/admin/providers"}
      aria-current={query.balance === balance ? "page" : undefined}
      className={`rounded-md px-3 py-1 text-sm ${query.balance === balance ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-brand-50"}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card>
        <nav className="mb-4 flex gap-2" aria-label={tw("providers")}>
          {tab(undefined, tw("allProviders"))}
          {tab("low", tw("lowBalance"))}
        </nav>
        <ProvidersTable
          rows={providers}
          locale={locale}
          empty={
            query.balance === "low" ? (
              <EmptyState text={ta("providers.noneLow")} action={{ href: "/admin/providers", label: tw("allProviders") }} />
            ) : (
              <EmptyState text={t("empty")} action={{ href: "#add-provider", label: t("add") }} />
            )
          }
        />
      </Card>
      <div id="add-provider" className="scroll-mt-4">
        <Card title={t("add")}>
          <ProviderForm />
        </Card>
      </div>
    </div>
  );
}
