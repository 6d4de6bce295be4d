import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "./reset-password-form";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("resetTitle") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { token } = await readSearchParams(searchParams);
  return <ResetPasswordForm token={token ?? ""} />;
}
