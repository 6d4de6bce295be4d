import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { getSetting } from "@/lib/settings/settings";
import { ResendVerificationButton } from "./resend-verification-button";

/** On every customer page while the signed-in user has not confirmed their e-mail address. */
export async function VerificationBanner({ user }: { user: Pick<SessionUser, "email" | "emailVerified"> }) {
  if (user.emailVerified) return null;
  const [t, mayOrder] = await Promise.all([getTranslations("auth"), getSetting("accounts.unverifiedMayOrder")]);
  return (
    <section
      aria-label={t("verifyTitle")}
      data-verification-banner
      className="mb-4 space-y-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-3 text-sm text-amber-900"
    >
      <p className="font-medium break-words">{t("verifyBanner", { email: user.email })}</p>
      {mayOrder ? null : <p>{t("verifyBannerOrdering")}</p>}
      <ResendVerificationButton />
    </section>
  );
}
