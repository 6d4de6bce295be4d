import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GoogleSignInButton } from "@/components/auth/google-sign-in-button";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";
import { RegisterForm } from "./register-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("registerTitle") };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { callbackUrl } = await readSearchParams(searchParams);
  return (
    <>
      <RegisterForm callbackUrl={callbackUrl} />
      <GoogleSignInButton callbackUrl={callbackUrl} />
    </>
  );
}
