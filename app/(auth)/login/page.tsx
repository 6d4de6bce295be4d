import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reset?: string; registered?: string }> }) {
  const { callbackUrl, reset, registered } = await searchParams;
  return <LoginForm callbackUrl={callbackUrl} passwordWasReset={reset === "1"} justRegistered={registered === "1"} />;
}
