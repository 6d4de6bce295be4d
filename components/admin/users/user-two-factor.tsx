import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { secondFactorRequired } from "@/lib/auth/staff-rules";
import { twoFactorSummary } from "@/lib/auth/two-factor/two-factor-summary";
import type { RoleName } from "@/lib/auth/permissions";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { ResetTwoFactorButton } from "./reset-two-factor-button";

/** A user's second factor on their admin page, and Reset for another user's (lost phone and codes). */
export async function UserTwoFactor({ user, isSelf }: { user: { id: string; fullName: string; role: RoleName }; isSelf: boolean }) {
  const [t, locale, summary] = await Promise.all([getTranslations("security.admin"), getLocale(), twoFactorSummary(user.id)]);
  return (
    <Card title={t("title")}>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3 text-sm">
        <div className="space-y-0.5" data-testid="user-two-factor">
          <p className="font-medium text-slate-900">
            {summary.status === "on" && summary.enabledAt
              ? t("on", { when: dateTimeFormat(locale).format(summary.enabledAt) })
              : summary.status === "enrolling"
                ? t("enrolling")
                : t("off")}
          </p>
          {summary.status === "on" ? <p className="text-slate-600">{t("codesLeft", { count: summary.recoveryCodesLeft })}</p> : null}
          {secondFactorRequired(user.role) ? <p className="text-slate-600">{t("required")}</p> : null}
        </div>
        {!isSelf && summary.status !== "off" ? <ResetTwoFactorButton userId={user.id} name={user.fullName} /> : null}
      </div>
    </Card>
  );
}
