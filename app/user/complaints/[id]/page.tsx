import type { Metadata } from "next";
import { categoryLabel, categoryLabelMark } from "@/lib/complaints/category-label";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ReplyForm } from "@/components/complaints/reply-form";
import { ComplaintStatusBadge, PriorityBadge } from "@/components/complaints/status-badge";
import { ComplaintTimeline } from "@/components/complaints/timeline";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { pageUser } from "@/lib/auth/current-user";
import { getComplaint } from "@/lib/complaints/get-complaint";
import { isFinal } from "@/lib/complaints/lifecycle";
import { isAppError } from "@/lib/errors/app-error";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { directUploadsEnabled } from "@/lib/complaints/attachments/direct-upload-store";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations("complaints.case"))("title", { id: (await params).id }) };
}

/** The customer's own case; the lib query is owner-scoped and drops internal events. */
export default async function ComplaintPage({ params }: Props) {
  const user = await pageUser();
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  // Customer view even for staff browsing /user: staff use /admin/complaints.
  const complaint = await getComplaint({ id: user.id, role: "CUSTOMER" }, Number(id)).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  const [t, tStatus, locale] = await Promise.all([getTranslations("complaints.case"), getTranslations("complaints.status"), getLocale()]);
  const dates = dateTimeFormat(locale);
  const formatDate = (iso: string) => dates.format(new Date(iso));
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle subtitle={t("opened", { date: formatDate(complaint.createdAt) })}>
        {t("title", { id: complaint.id })} · {complaint.title}
      </PageTitle>
      <Card>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span data-testid="complaint-status">
            <ComplaintStatusBadge status={complaint.status} />
          </span>
          <PriorityBadge priority={complaint.priority} />
          <span className="text-slate-600">
            {t("category")}:{" "}
            <span {...categoryLabelMark({ nameBn: complaint.categoryBn }, locale)}>
              {categoryLabel({ name: complaint.category, nameBn: complaint.categoryBn }, locale)}
            </span>
          </span>
        </div>
        {complaint.orders.length ? (
          <p className="mt-3 text-sm">
            {t("orders")}:{" "}
            {complaint.orders.map((order, index) => (
              <span key={order.id}>
                {index ? ", " : ""}
                <Link href={`/user/orders/${order.id}`} className="text-brand-700 hover:underline">
                  #{order.id}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        {complaint.payments.length ? (
          <p className="mt-1 text-sm">
            {t("payments")}:{" "}
            {complaint.payments.map((payment, index) => (
              <span key={payment.id}>
                {index ? ", " : ""}
                <Link href={`/user/payments/${payment.tranId}`} className="text-brand-700 hover:underline">
                  {payment.tranId}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </Card>
      <Card title={t("timeline")}>
        <ComplaintTimeline events={complaint.timeline} formatDate={formatDate} staffView={false} />
      </Card>
      <Card title={t("replyTitle")}>
        {isFinal(complaint.status) ? (
          <Notice tone="info">{t("closedNote", { status: tStatus(complaint.status).toLowerCase() })}</Notice>
        ) : (
          <div className="space-y-3">
            {complaint.status === "RESOLVED" ? <Notice tone="info">{t("resolvedNote")}</Notice> : null}
            <ReplyForm complaintId={complaint.id} canClose directUploads={directUploadsEnabled()} />
          </div>
        )}
      </Card>
    </div>
  );
}
