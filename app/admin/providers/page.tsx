import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProviderForm } from "@/components/admin/providers/provider-form";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
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
  const [t, tw, providers] = await Promise.all([
    getTranslations("providers"),
    getTranslations("waitingWork.filters"),
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
        {providers.length === 0 ? (
          <p className="text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm" data-testid="providers-table">
              <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
                <tr>
                  <th className="py-2 pr-4 font-medium">{t("name")}</th>
                  <th className="py-2 pr-4 font-medium">{t("apiUrl")}</th>
                  <th className="py-2 pr-4 font-medium">{t("status")}</th>
                  <th className="py-2 pr-4 text-right font-medium">{t("services")}</th>
                  <th className="py-2 text-right font-medium">{t("balance")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {providers.map((provider) => (
                  <tr key={provider.id}>
                    <td className="py-2 pr-4">
                      <Link href={`/admin/providers/${provider.id}`} className="font-medium text-brand-700 hover:underline">
                        {provider.name}
                      </Link>
                      {provider.isDemo ? (
                        <span className="ml-2">
                          <Badge tone="blue">{t("demo")}</Badge>
                        </span>
                      ) : null}
                    </td>
                    <td className="max-w-xs truncate py-2 pr-4 font-mono text-xs text-slate-600">{provider.apiUrl}</td>
                    <td className="py-2 pr-4">
                      <Badge tone={provider.status === "ACTIVE" ? "green" : "slate"}>{t(`statuses.${provider.status}`)}</Badge>
                    </td>
                    <td className="py-2 pr-4 text-right tabular-nums">{provider._count.services}</td>
                    <td className="py-2 text-right tabular-nums">
                      {provider.balance ? `${provider.balance} ${provider.currency ?? ""}` : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title={t("add")}>
        <ProviderForm />
      </Card>
    </div>
  );
}
