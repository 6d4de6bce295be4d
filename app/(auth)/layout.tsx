import Link from "next/link";
import type { ReactNode } from "react";
import { AreaProviders } from "@/components/area-providers";
import { BrandMark } from "@/components/shell/brand-mark";
import { LanguageSwitch } from "@/components/shell/language-switch";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <AreaProviders area="auth">
      <div className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
        <div className="mb-6 flex w-full max-w-md items-center justify-between">
          <Link href="/" className="flex min-w-0 items-center text-lg font-semibold text-brand-700">
            <BrandMark />
          </Link>
          <LanguageSwitch />
        </div>
        <main className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</main>
      </div>
    </AreaProviders>
  );
}
