import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UsersTable } from "@/components/admin/users/users-table";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pagePermission } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/users/list-users";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("users") };
}

const ROLES = ["CUSTOMER", "SUPPORT", "ADMIN"] as const;
const STATUSES = ["ACTIVE", "SUSPENDED"] as const;

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await pagePermission("users.read");
  const params = await readSearchParams(searchParams);
  const role = ROLES.find((value) => value === params.role);
  const status = STATUSES.find((value) => value === params.status);
  const [t, locale, page] = await Promise.all([
    getTranslations(),
    getLocale(),
    listUsers({ search: params.q, role, status, cursor: params.after, take: 25 }),
  ]);
  const filtered = Boolean(params.q || role || status || params.after);
  const nextHref = page.nextCursor
    ? `/admin/users?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(role ? { role } : {}), ...(status ? { status } : {}), after: page.nextCursor })}`
    : null;

  return (
    <div className="space-y-6">
      <PageTitle>{t("adminUsers.title")}</PageTitle>
      <Card>
        <form className="mb-4 flex flex-wrap gap-2" role="search">
          <input
            name="q"
            defaultValue={params.q}
            placeholder={t("adminUsers.searchPlaceholder")}
            aria-label={t("adminUsers.searchPlaceholder")}
            className="min-w-56 flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          <select
            name="role"
            defaultValue={role ?? ""}
            aria-label={t("adminUsers.role")}
            className="rounded-md border border-slate-300 px-2 py-2 text-sm"
          >
            <option value="">{t("adminUsers.allRoles")}</option>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
          <select
            name="status"
            defaultValue={status ?? ""}
            aria-label={t("adminUsers.status")}
            className="rounded-md border border-slate-300 px-2 py-2 text-sm"
          >
            <option value="">{t("adminUsers.allStatuses")}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`statuses.${value}`)}
              </option>
            ))}
          </select>
          <button type="submit" className={buttonClass("secondary")}>
            {t("common.search")}
          </button>
        </form>
        <UsersTable
          rows={page.users}
          locale={locale}
          empty={
            <EmptyState
              text={t("adminUsers.empty")}
              action={filtered ? { href: "/admin/users", label: t("adminTables.clearFilters") } : undefined}
            />
          }
        />
        {nextHref ? (
          <div className="mt-4 text-right text-sm">
            <Link href={nextHref} className="text-brand-700 hover:underline">
              {t("common.next")}
            </Link>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
