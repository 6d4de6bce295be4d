import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { buttonClass } from "@/components/ui/button";
import { currentUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/safe-redirect";

export default async function HomePage() {
  const user = await currentUser();
  if (user) redirect(homeFor(user.role));
  const t = await getTranslations("home");
  return (
    <div className="min-h-screen">
      <header className="mx-auto flex max-w-5xl items-center justify-between px-4 py-4">
        <span className="text-lg font-semibold text-brand-700">{t("brand")}</span>
        <LanguageSwitch />
      </header>
      <main className="mx-auto max-w-5xl px-4 py-16">
        <h1 className="max-w-2xl text-4xl font-bold tracking-tight text-slate-900">{t("headline")}</h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-600">{t("lead")}</p>
        <div className="mt-8 flex gap-3">
          <Link href="/register" className={buttonClass("primary")}>
            {t("register")}
          </Link>
          <Link href="/login" className={buttonClass("secondary")}>
            {t("signIn")}
          </Link>
        </div>
      </main>
    </div>
  );
}
