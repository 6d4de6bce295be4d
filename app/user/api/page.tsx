import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { KeyManager } from "@/components/api-keys/key-manager";
import { PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("api.keys"))("title") };
}

export default async function ApiKeysPage() {
  const user = await pageUser();
  const t = await getTranslations("api.keys");
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <p className="text-sm">
        <Link href="/api" className="font-medium text-brand-700 underline">
          {t("docsLink")}
        </Link>
      </p>
      <KeyManager userId={user.id} />
    </div>
  );
}
