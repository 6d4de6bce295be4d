import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewComplaintForm } from "@/components/complaints/new-complaint-form";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { pageUser } from "@/lib/auth/current-user";
import { listComplaintCategories } from "@/lib/complaints/categories";
import { ownPaymentChoices } from "@/lib/complaints/links";
import { ownOrderChoices } from "@/lib/complaints/own-order-choices";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";
import { directUploadsEnabled } from "@/lib/complaints/attachments/direct-upload-store";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints.form"))("title") };
}

export default async function NewComplaintPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await pageUser();
  const { order, payment } = await readSearchParams(searchParams);
  const [t, categories, orders, payments] = await Promise.all([
    getTranslations("complaints.form"),
    listComplaintCategories({ activeOnly: true }),
    ownOrderChoices(user.id),
    ownPaymentChoices(user.id),
  ]);
  const preselected = order && /^\d{1,9}$/.test(order) ? Number(order) : undefined;
  return (
    <div className="max-w-2xl space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <Card>
        {categories.length === 0 ? (
          <Notice tone="info">{t("noCategories")}</Notice>
        ) : (
          <NewComplaintForm
            directUploads={directUploadsEnabled()}
            categories={categories}
            orders={orders}
            payments={payments}
            preselectedOrderId={preselected}
            preselectedPaymentId={payments.some((choice) => choice.id === payment) ? payment : undefined}
          />
        )}
      </Card>
    </div>
  );
}
