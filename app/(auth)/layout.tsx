import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <div className="mb-6 flex w-full max-w-md items-center justify-between">
        <Link href="/" className="text-lg font-semibold text-brand-700">
          {t("name")}
        </Link>
        <LanguageSwitch />
      </div>
      <main className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</main>
    </div>
  );
}
