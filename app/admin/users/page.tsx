import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UsersFilters } from "@/components/admin/users/users-filters";
import { UsersTable, type SortLinks } from "@/components/admin/users/users-table";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { pagePermission } from "@/lib/auth/current-user";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";
import { issueRule } from "@/lib/validation/issue-message";
import { listUsers } from "@/lib/users/list-users";
import { readUserListQuery, USER_SORTS, type UserListQuery } from "@/lib/users/list-users-query";
import { listPriceGroups } from "@/lib/pricing/list-prices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("users") };
}

/** The query string for these values (defaults and blanks left out). */
function query(values: Partial<UserListQuery>): string {
  const kept = Object.entries({
    ...values,
    sort: values.sort === "joined" ? undefined : values.sort,
    dir: values.dir === "desc" ? undefined : values.dir,
  });
  return new URLSearchParams(kept.filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "")).toString();
}

/** The field's label in the filter form, for the message about a parameter that was left out. */
const FIELD_LABEL: Record<string, string> = {
  spentMin: "spentMin",
  depositedMin: "depositedMin",
  signedIn: "signedIn",
  group: "priceGroup",
  sort: "sortBy",
  dir: "dir",
};

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await pagePermission("users.read");
  const { query: filters, invalid } = readUserListQuery(await readSearchParams(searchParams));
  const [t, locale, page, groups] = await Promise.all([
    getTranslations(),
    getLocale(),
    listUsers({ ...filters, take: 25 }),
    listPriceGroups(),
  ]);
  const kept = { ...filters, after: undefined };
  const filtered = Boolean(
    filters.q ||
    filters.role ||
    filters.status ||
    filters.group ||
    filters.spentMin ||
    filters.depositedMin ||
    filters.signedIn ||
    filters.after,
  );
  const nextHref = page.nextCursor ? `/admin/users?${query({ ...kept, after: page.nextCursor })}` : null;
  // A header click sorts by that column: newest/largest first, or the other way when it is already so.
  const sortLinks = Object.fromEntries(
    USER_SORTS.map((sort) => [
      sort,
      `/admin/users?${query({ ...kept, sort, dir: filters.sort === sort && filters.dir === "desc" ? "asc" : "desc" })}`,
    ]),
  ) as SortLinks["hrefs"];
  const problems = invalid.map((issue) => {
    const field = String(issue.path[0] ?? "");
    const rule = issueRule(issue);
    return `${FIELD_LABEL[field] ? t(`adminUsers.${FIELD_LABEL[field]}`) : field}: ${t(rule.key as never, rule.values as never)}`;
  });

  return (
    <div className="space-y-6">
      <PageTitle>{t("adminUsers.title")}</PageTitle>
      <Card>
        {problems.length ? (
          <div className="mb-4" data-testid="users-filters-invalid">
            <Notice tone="error">{t("adminUsers.invalid", { problems: problems.join("; ") })}</Notice>
          </div>
        ) : null}
        <UsersFilters query={filters} groups={groups} />
        <UsersTable
          rows={page.users}
          locale={locale}
          sort={{ by: filters.sort, dir: filters.dir, hrefs: sortLinks }}
          empty={
            <EmptyState
              text={t("adminUsers.empty")}
              action={filtered ? { href: "/admin/users", label: t("adminTables.clearFilters") } : undefined}
            />
          }
        />
        <nav aria-label={t("adminUsers.pages")} className="mt-4 flex items-center justify-between gap-4 text-sm">
          {filters.after ? (
            <Link href={`/admin/users?${query(kept)}`} className="text-brand-700 hover:underline">
              {t("adminUsers.first")}
            </Link>
          ) : (
            <span />
          )}
          {nextHref ? (
            <Link href={nextHref} className="text-brand-700 hover:underline" rel="next">
              {t("common.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </Card>
    </div>
  );
}
