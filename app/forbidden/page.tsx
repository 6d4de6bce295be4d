import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

export default async function ForbiddenPage() {
  const t = await getTranslations("forbidden");
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold" data-testid="forbidden-title">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("body")}</p>
      <Link href="/user/dashboard" className={buttonClass("primary")}>
        {t("back")}
      </Link>
    </main>
  );
}
