import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GoogleSignInButton } from "@/components/auth/google-sign-in-button";
import { Notice } from "@/components/ui/notice";
import { LoginForm } from "./login-form";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

/** Why a Google sign-in came back here (lib/auth/google/link-google-account.ts, or Auth.js's own error). */
const GOOGLE_ERRORS = ["unverified", "suspended", "two_factor"] as const;

export default async function LoginPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const [{ callbackUrl, reset, registered, error }, t] = await Promise.all([
    readSearchParams(searchParams),
    getTranslations("auth.googleError"),
  ]);
  const googleError = error ? (GOOGLE_ERRORS.find((reason) => `google_${reason}` === error) ?? "failed") : null;
  return (
    <>
      {googleError ? (
        <div className="mx-auto mb-4 w-full max-w-md">
          <Notice tone="error">{t(googleError)}</Notice>
        </div>
      ) : null}
      <LoginForm callbackUrl={callbackUrl} passwordWasReset={reset === "1"} justRegistered={registered === "1"} />
      <GoogleSignInButton callbackUrl={callbackUrl} />
    </>
  );
}
