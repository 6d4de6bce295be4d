import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { QueueTable } from "@/components/complaints/queue-table";
import { Card, PageTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listComplaintCategories } from "@/lib/complaints/categories";
import { COMPLAINT_PRIORITIES, COMPLAINT_STATUSES } from "@/lib/complaints/lifecycle";
import { listComplaintQueue } from "@/lib/complaints/list-queue";
import { listStaffMembers } from "@/lib/complaints/list-staff";
import { queueQuerySchema } from "@/lib/complaints/queue-query";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";
import { numberFormat } from "@/lib/i18n/format-number";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaintsAdmin"))("title") };
}

const select = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";

export default async function ComplaintQueuePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await pagePermission("complaints.manage");
  const raw = await readSearchParams(searchParams);
  const parsed = queueQuerySchema.safeParse({ status: "ACTIVE", ...raw });
  const query = parsed.success ? parsed.data : queueQuerySchema.parse({ status: "ACTIVE" });
  const { page, limit, assignee, ...filters } = query;
  const [t, tMore, tStatus, tPriority, categories, staff, result, locale] = await Promise.all([
    getTranslations("complaintsAdmin"),
    getTranslations("moreTables.complaintsQueue"),
    getTranslations("complaints.status"),
    getTranslations("complaints.priority"),
    listComplaintCategories({ activeOnly: false }),
    listStaffMembers(),
    listComplaintQueue({ ...filters, assignee: assignee === "me" ? user.id : assignee }, { page, limit }),
    getLocale(),
  ]);
  const numbers = numberFormat(locale, 0);
  const href = (next: number) => `/admin/complaints?${new URLSearchParams({ ...raw, page: String(next) })}`;
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      {can(user.role, "complaints.configure") ? (
        <Link href="/admin/complaints/categories" className="text-sm text-brand-700 hover:underline">
          {t("categoriesLink")}
        </Link>
      ) : null}
      <Card>
        <form role="search" className="mb-4 flex flex-wrap items-end gap-2 text-sm">
          <select name="status" defaultValue={query.status ?? ""} aria-label={t("filters.status")} className={select}>
            <option value="">{t("filters.any")}</option>
            {(["ACTIVE", ...COMPLAINT_STATUSES] as const).map((value) => (
              <option key={value} value={value}>
                {tStatus(value)}
              </option>
            ))}
          </select>
          <select name="priority" defaultValue={query.priority ?? ""} aria-label={t("filters.priority")} className={select}>
            <option value="">
              {t("filters.priority")}: {t("filters.any")}
            </option>
            {COMPLAINT_PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {tPriority(value)}
              </option>
            ))}
          </select>
          <select name="categoryId" defaultValue={query.categoryId ?? ""} aria-label={t("filters.category")} className={select}>
            <option value="">
              {t("filters.category")}: {t("filters.any")}
            </option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
          <select name="assignee" defaultValue={assignee ?? ""} aria-label={t("filters.assignee")} className={select}>
            <option value="">
              {t("filters.assignee")}: {t("filters.anyone")}
            </option>
            <option value="me">{t("filters.me")}</option>
            <option value="none">{t("filters.nobody")}</option>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.fullName}
              </option>
            ))}
          </select>
          <input
            name="orderId"
            defaultValue={query.orderId ?? ""}
            placeholder={t("filters.orderId")}
            aria-label={t("filters.orderId")}
            inputMode="numeric"
            className={`${select} w-24`}
          />
          <input
            name="paymentId"
            defaultValue={query.paymentId ?? ""}
            placeholder={t("filters.paymentId")}
            aria-label={t("filters.paymentId")}
            className={`${select} w-32`}
          />
          <input
            name="olderThanDays"
            defaultValue={query.olderThanDays ?? ""}
            placeholder={t("filters.olderThanDays")}
            aria-label={t("filters.olderThanDays")}
            inputMode="numeric"
            className={`${select} w-36`}
          />
          <input
            name="q"
            defaultValue={query.q ?? ""}
            placeholder={t("filters.q")}
            aria-label={t("filters.q")}
            className={`${select} min-w-48 flex-1`}
          />
          <button className="rounded-md border border-slate-300 bg-white px-3 py-1">{t("filters.apply")}</button>
        </form>
        <QueueTable
          rows={result.items}
          staff={staff}
          empty={
            <EmptyState
              text={t("empty")}
              action={Object.keys(raw).length ? { href: "/admin/complaints", label: tMore("showActive") } : undefined}
            />
          }
        />
        {result.pagination.pages > 1 ? (
          <nav className="mt-4 flex justify-between text-sm">
            {page > 1 ? (
              <Link href={href(page - 1)} className="text-brand-700 hover:underline">
                ←
              </Link>
            ) : (
              <span />
            )}
            <span className="text-slate-500">
              {numbers.format(page)} / {numbers.format(result.pagination.pages)}
            </span>
            {page < result.pagination.pages ? (
              <Link href={href(page + 1)} className="text-brand-700 hover:underline">
                →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
