import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "./login-form";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { callbackUrl, reset, registered } = await readSearchParams(searchParams);
  return <LoginForm callbackUrl={callbackUrl} passwordWasReset={reset === "1"} justRegistered={registered === "1"} />;
}
