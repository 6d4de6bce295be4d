import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PaymentSettingsForm } from "@/components/admin/payments/payment-settings-form";
import { Card, PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { paymentSettingsView } from "@/lib/payments/admin/payment-settings-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("paymentsAdmin.settings"))("title") };
}

export default async function PaymentSettingsPage() {
  await pagePermission("settings.manage");
  const [t, view] = await Promise.all([getTranslations("paymentsAdmin.settings"), paymentSettingsView()]);
  return (
    <div className="max-w-2xl space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card>
        <PaymentSettingsForm values={view.values} passwordHint={view.passwordHint} />
      </Card>
    </div>
  );
}
