import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";
import { TWO_FACTOR_PAGE } from "@/lib/auth/staff-rules";
import { ChangePasswordForm } from "./change-password-form";
import { CurrencyForm } from "./currency-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("settings") };
}

export default async function SettingsPage() {
  const user = await pageUser();
  const t = await getTranslations("settings");
  return (
    <div className="max-w-xl space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <Card title={t("profile")}>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-500">{t("name")}</dt>
            <dd className="font-medium" data-user-text>
              {user.fullName}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("email")}</dt>
            <dd className="font-medium">{user.email}</dd>
          </div>
        </dl>
        <p className="mt-3 text-xs text-slate-500">{t("languageHint")}</p>
        <div className="mt-4">
          <CurrencyForm currency={user.currency} />
        </div>
      </Card>
      <Card title={t("security")}>
        <p className="text-sm text-slate-600">{t("securityLead")}</p>
        <Link href={TWO_FACTOR_PAGE} className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
          {t("openSecurity")} →
        </Link>
      </Card>
      <Card title={t("changePassword")}>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
