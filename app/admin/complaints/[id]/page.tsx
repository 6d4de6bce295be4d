import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StaffActionForm } from "@/components/complaints/staff-action-form";
import { ComplaintStatusBadge, PriorityBadge } from "@/components/complaints/status-badge";
import { ComplaintTimeline } from "@/components/complaints/timeline";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { caseTimes, duration } from "@/lib/complaints/case-times";
import { getComplaint } from "@/lib/complaints/get-complaint";
import { isFinal } from "@/lib/complaints/lifecycle";
import { listStaffMembers } from "@/lib/complaints/list-staff";
import { isAppError } from "@/lib/errors/app-error";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { directUploadsEnabled } from "@/lib/complaints/attachments/direct-upload-store";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations("complaints.case"))("title", { id: (await params).id }) };
}

/** A case for staff: the whole timeline (internal notes included), links to act on the order, and the action form. */
export default async function AdminComplaintPage({ params }: Props) {
  const user = await pagePermission("complaints.manage");
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const complaint = await getComplaint(user, Number(id)).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  const [t, tCase, locale, staff] = await Promise.all([
    getTranslations("complaintsAdmin"),
    getTranslations("complaints.case"),
    getLocale(),
    listStaffMembers(),
  ]);
  const dates = dateTimeFormat(locale);
  const formatDate = (iso: string) => dates.format(new Date(iso));
  const times = caseTimes(complaint.createdAt, complaint.firstResponseAt);
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle subtitle={tCase("opened", { date: formatDate(complaint.createdAt) })}>
        {tCase("title", { id: complaint.id })} · {complaint.title}
      </PageTitle>
      <Card>
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-500">{t("case.customer")}</dt>
            <dd>
              <Link href={`/admin/users/${complaint.staff?.customer.id}`} className="text-brand-700 hover:underline">
                {complaint.staff?.customer.email}
              </Link>
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("case.assignee")}</dt>
            <dd>{complaint.staff?.assignee?.fullName ?? t("case.nobody")}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{tCase("category")}</dt>
            <dd>{complaint.category}</dd>
          </div>
          <div className="flex gap-2">
            <span data-testid="complaint-status">
              <ComplaintStatusBadge status={complaint.status} />
            </span>
            <PriorityBadge priority={complaint.priority} />
          </div>
          <div>
            <dt className="text-slate-500">{t("columns.age")}</dt>
            <dd>{duration(times.ageMs)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("columns.firstResponse")}</dt>
            <dd>{times.firstResponseMs !== null ? duration(times.firstResponseMs) : t("noResponse")}</dd>
          </div>
        </dl>
        {complaint.orders.length || complaint.payments.length ? (
          <div className="mt-4 flex flex-wrap gap-2">
            {complaint.orders.map((order) => (
              <Link key={order.id} href={`/admin/orders/${order.id}`} className={buttonClass("secondary")}>
                {t("case.openOrder", { id: order.id })} · {order.status.toLowerCase()}
              </Link>
            ))}
            {complaint.payments.map((payment) => (
              <Link key={payment.id} href={`/admin/payments/${payment.id}`} className={buttonClass("secondary")}>
                {t("case.openPayment", { id: payment.tranId })} · {payment.status.toLowerCase()}
              </Link>
            ))}
          </div>
        ) : null}
      </Card>
      <Card title={tCase("timeline")}>
        <ComplaintTimeline events={complaint.timeline} formatDate={formatDate} staffView />
      </Card>
      {isFinal(complaint.status) ? null : (
        <Card title={t("case.act")}>
          <StaffActionForm
            complaintId={complaint.id}
            status={complaint.status}
            priority={complaint.priority}
            assigneeId={complaint.staff?.assignee?.id ?? null}
            staff={staff}
            directUploads={directUploadsEnabled()}
          />
        </Card>
      )}
    </div>
  );
}
