import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ServiceChangesTable } from "@/components/admin/catalog/service-changes-table";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pagePermission } from "@/lib/auth/current-user";
import { listServiceChangesForAdmin } from "@/lib/catalog/list-service-changes";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogAdmin.changes"))("title") };
}

const SOURCES = ["sync", "import", "admin"] as const;

export default async function AdminServiceChangesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await pagePermission("catalog.manage");
  const params = await readSearchParams(searchParams);
  const source = SOURCES.find((value) => value === params.source);
  const [t, ta, changes] = await Promise.all([
    getTranslations("catalogAdmin.changes"),
    getTranslations("adminTables"),
    listServiceChangesForAdmin({ source, take: 200 }),
  ]);

  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card>
        <form className="mb-4 flex flex-wrap gap-2" role="search">
          <select
            name="source"
            defaultValue={source ?? ""}
            aria-label={t("source")}
            className="max-w-full rounded-md border border-slate-300 px-2 py-2 text-sm"
          >
            <option value="">{t("allSources")}</option>
            {SOURCES.map((value) => (
              <option key={value} value={value}>
                {t(`sources.${value}`)}
              </option>
            ))}
          </select>
          <button type="submit" className={buttonClass("secondary")}>
            {t("filter")}
          </button>
        </form>
        <ServiceChangesTable
          changes={changes}
          showService
          empty={
            source ? (
              <EmptyState text={t("empty")} action={{ href: "/admin/catalog/changes", label: ta("clearFilters") }} />
            ) : (
              <EmptyState text={t("empty")} />
            )
          }
        />
      </Card>
    </div>
  );
}
