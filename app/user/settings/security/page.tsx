import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { EnrolForm } from "@/components/two-factor/enrol-form";
import { PassForm } from "@/components/two-factor/pass-form";
import { TurnOnButton } from "@/components/two-factor/turn-on-button";
import { TwoFactorOn } from "@/components/two-factor/two-factor-on";
import { pageUser } from "@/lib/auth/current-user";
import { secondFactorRequired } from "@/lib/auth/staff-rules";
import { readTwoFactorState } from "@/lib/auth/two-factor/read-two-factor-state";
import { getBrand } from "@/lib/brand/brand";
import { dateTimeFormat } from "@/lib/i18n/format-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("title") };
}

/**
 * TWO_FACTOR_PAGE: where staff without a passed second factor are sent (pages, and the sign-in's
 * landing). Open to every signed-in user, so they can set it up before anything else.
 */
export default async function SecurityPage() {
  const user = await pageUser();
  const [t, locale, brand] = await Promise.all([getTranslations("security"), getLocale(), getBrand()]);
  const state = await readTwoFactorState(user.id, { email: user.email, issuer: brand.name });
  const staff = secondFactorRequired(user.role);

  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <Link href="/user/settings" className="text-sm text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
      </div>
      <PageTitle>{t("title")}</PageTitle>
      {staff && !user.twoFactor.passed ? <Notice tone="error">{t("requiredNotice")}</Notice> : null}
      <Card
        title={t("twoFactorTitle")}
        actions={<Badge tone={state.status === "on" ? "green" : "slate"}>{state.status === "on" ? t("on") : t("off")}</Badge>}
      >
        <div className="space-y-4">
          <p className="text-sm text-slate-600">{t("lead")}</p>
          {state.status === "off" ? <TurnOnButton label={t("turnOn")} /> : null}
          {state.status === "enrolling" ? <EnrolForm qr={state.qr} grouped={state.grouped} email={user.email} /> : null}
          {state.status === "on" ? (
            <>
              <div className="space-y-1 text-sm">
                <p className="text-slate-700">{t("since", { when: dateTimeFormat(locale).format(state.enabledAt) })}</p>
                <p
                  className={state.recoveryCodesLeft === 0 ? "font-medium text-red-700" : "text-slate-700"}
                  data-testid="recovery-codes-left"
                >
                  {t("codesLeft", { count: state.recoveryCodesLeft })}
                </p>
              </div>
              {user.twoFactor.passed ? <TwoFactorOn email={user.email} staff={staff} /> : <PassForm />}
            </>
          ) : null}
        </div>
      </Card>
    </div>
  );
}
