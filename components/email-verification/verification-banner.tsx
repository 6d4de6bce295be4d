import { getTranslations } from "next-intl/server";
import { unverifiedNotice } from "@/lib/users/verify-email";
import { ResendVerificationButton } from "./resend-verification-button";

/** On every customer page while the signed-in user has not confirmed their e-mail address. */
export async function VerificationBanner({ userId }: { userId: string }) {
  const notice = await unverifiedNotice(userId);
  if (!notice) return null;
  const t = await getTranslations("auth");
  return (
    <section
      aria-label={t("verifyTitle")}
      data-verification-banner
      className="mb-4 space-y-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-3 text-sm text-amber-900"
    >
      <p className="font-medium break-words">{t("verifyBanner", { email: notice.email })}</p>
      {notice.mayOrder ? null : <p>{t("verifyBannerOrdering")}</p>}
      <ResendVerificationButton />
    </section>
  );
}
