import type { Metadata } from "next";
import { formatMoney } from "@/lib/money/format";
import { getLocale, getTranslations } from "next-intl/server";
import { AddFundsForm } from "@/components/payments/add-funds-form";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { pageUser } from "@/lib/auth/current-user";
import { listBonusRules } from "@/lib/payments/bonus/bonus-rules";
import { paymentConfig } from "@/lib/payments/config";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payments.addFunds"))("title") };
}

export default async function AddFundsPage() {
  await pageUser();
  const [t, config, locale, bonusRules] = await Promise.all([
    getTranslations("payments.addFunds"),
    paymentConfig(),
    getLocale(),
    listBonusRules({ activeOnly: true }),
  ]);
  const limit = (value: { toString(): string }) => formatMoney(value.toString(), "BDT", locale);
  return (
    <div className="max-w-xl space-y-6">
      <PageTitle subtitle={t("subtitle", { min: limit(config.minAmount), max: limit(config.maxAmount) })}>{t("title")}</PageTitle>
      <Card>
        {config.methods.length === 0 ? (
          <Notice tone="info">{t("noMethods")}</Notice>
        ) : (
          <AddFundsForm
            options={{
              methods: config.methods,
              minAmount: config.minAmount.toFixed(2),
              maxAmount: config.maxAmount.toFixed(2),
              bkashNumber: config.bkashNumber,
              nagadNumber: config.nagadNumber,
              manualInstructions: locale === "bn" && config.manualInstructionsBn ? config.manualInstructionsBn : config.manualInstructions,
              bonusRules,
            }}
          />
        )}
      </Card>
    </div>
  );
}
