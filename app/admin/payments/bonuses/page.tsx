import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BonusRuleForm } from "@/components/admin/payments/bonus-rule-form";
import { bonusRuleText } from "@/components/payments/bonus-rule-text";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { pagePermission } from "@/lib/auth/current-user";
import { listBonusRules } from "@/lib/payments/bonus/bonus-rules";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("paymentsAdmin.bonuses"))("title") };
}

/** Deposit-bonus rules (lib/payments/bonus): add, change, switch off. The payment settings' permission. */
export default async function DepositBonusesPage() {
  await pagePermission("settings.manage");
  const [t, tb, tm, locale, rules] = await Promise.all([
    getTranslations("paymentsAdmin.bonuses"),
    getTranslations("payments.bonus"),
    getTranslations("payments.methods"),
    getLocale(),
    listBonusRules({ activeOnly: false }),
  ]);
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Notice tone="info">{t("howItWorks")}</Notice>
      <Card title={t("add")}>
        <BonusRuleForm />
      </Card>
      <Card title={t("rules")}>
        {rules.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="space-y-5" data-testid="bonus-rules">
            {rules.map((rule) => (
              <li key={rule.id} className="space-y-3 border-b border-slate-100 pb-5 last:border-0 last:pb-0">
                <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
                  {t("summary", { method: rule.method ? tm(rule.method) : t("every"), rule: bonusRuleText(rule, tb, locale) })}
                  {rule.active ? null : <Badge>{t("off")}</Badge>}
                </p>
                <BonusRuleForm rule={rule} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
