import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResendVerificationButton } from "@/components/email-verification/resend-verification-button";
import { Notice } from "@/components/ui/notice";
import { currentUser } from "@/lib/auth/current-user";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";
import { verificationTokenState } from "@/lib/users/verify-email";
import { VerifyEmailForm } from "./verify-email-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("verifyTitle") };
}

/**
 * Opening the link only looks at the token; the button posts it (lib/actions/user/email-verification.ts),
 * so a mail scanner that fetches links cannot spend it.
 */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { token } = await readSearchParams(searchParams);
  const [t, state, user] = await Promise.all([getTranslations("auth"), verificationTokenState(token ?? ""), currentUser()]);
  if (state === "valid") return <VerifyEmailForm token={token ?? ""} />;
  const stillUnverified = user ? !user.emailVerified : false;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("verifyTitle")}</h1>
      {user && !stillUnverified ? <Notice tone="success">{t("verifyAlready")}</Notice> : <Notice tone="error">{t("verifyInvalid")}</Notice>}
      {stillUnverified ? <ResendVerificationButton /> : null}
      {user ? (
        <Link href="/user/dashboard" className="block text-sm text-brand-700 hover:underline">
          {t("verifyContinue")}
        </Link>
      ) : (
        <Link href="/login?callbackUrl=%2Fuser%2Fdashboard" className="block text-sm text-brand-700 hover:underline">
          {t("verifySignInToResend")}
        </Link>
      )}
    </div>
  );
}
