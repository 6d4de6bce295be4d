import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { KeyManager } from "@/components/api-keys/key-manager";
import { PageTitle } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/current-user";
import { getBrand } from "@/lib/brand/brand";
import { resellerEndpoint } from "@/lib/reseller-api/endpoint";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("api.keys"))("title") };
}

export default async function ApiKeysPage() {
  const user = await pageUser();
  const [t, tb, brand] = await Promise.all([getTranslations("api.keys"), getTranslations("brandSettings"), getBrand()]);
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <p className="text-sm text-slate-700">
        {tb.rich("apiEndpoint", { name: brand.name, brand: (chunks) => <span data-user-text>{chunks}</span> })}{" "}
        <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono [overflow-wrap:anywhere]" data-testid="api-endpoint">
          {resellerEndpoint()}
        </code>
      </p>
      <p className="text-sm">
        <Link href="/api" className="font-medium text-brand-700 underline">
          {t("docsLink")}
        </Link>
      </p>
      <KeyManager userId={user.id} />
    </div>
  );
}
