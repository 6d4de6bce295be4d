import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DeletePriceGroupButton } from "@/components/admin/pricing/delete-price-group-button";
import { PriceGroupForm } from "@/components/admin/pricing/price-group-form";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pagePermission } from "@/lib/auth/current-user";
import { numberFormat } from "@/lib/i18n/format-number";
import { listPriceGroups } from "@/lib/pricing/list-prices";
import { percentText } from "@/lib/pricing/percent-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pricing.groups"))("title") };
}

/** Price groups: a percentage on every list price for the customers put in the group (on their user page). */
export default async function PriceGroupsPage() {
  await pagePermission("users.manage");
  const [t, locale, groups] = await Promise.all([getTranslations("pricing.groups"), getLocale(), listPriceGroups()]);
  const digits = numberFormat(locale, 2);
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card title={t("new")}>
        <PriceGroupForm />
      </Card>
      <Card title={t("list")}>
        {groups.length === 0 ? (
          <EmptyState text={t("empty")} />
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="price-groups">
            {groups.map((group) => (
              <li key={group.id} className="space-y-3 py-4 first:pt-0 last:pb-0">
                <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
                  <span className="font-medium text-slate-900" data-user-text>
                    {group.name}
                  </span>
                  <span className="text-slate-700 tabular-nums">{percentText(group.percent, locale)}</span>
                  <span className="text-sm text-slate-500">
                    {t("members", { count: group.members, members: digits.format(group.members) })}
                  </span>
                </div>
                <div className="flex flex-wrap items-end gap-3">
                  <PriceGroupForm group={group} />
                  <DeletePriceGroupButton id={group.id} name={group.name} members={group.members} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
