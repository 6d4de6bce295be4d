import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ImportServices } from "@/components/admin/providers/import-services";
import { PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { listCategories } from "@/lib/catalog/categories";
import { isAppError } from "@/lib/errors/app-error";
import { getProvider } from "@/lib/providers/list-providers";
import { getSetting } from "@/lib/settings/settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

async function load(id: string) {
  try {
    return await getProvider(id);
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
}

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  await pagePermission("catalog.manage");
  const provider = await load((await params).id);
  const [t, categories, bdtPerUsd] = await Promise.all([getTranslations("import"), listCategories(), getSetting("exchange.bdtPerUsd")]);
  return (
    <div className="space-y-6">
      <Link href={`/admin/providers/${provider.id}`} className="text-sm text-brand-700 hover:underline">
        ← {provider.name}
      </Link>
      <PageTitle subtitle={t("subtitle", { rate: bdtPerUsd })}>{t("title")}</PageTitle>
      <ImportServices
        providerId={provider.id}
        bdtPerUsd={bdtPerUsd}
        categories={categories.map((category) => ({ id: category.id, name: category.name }))}
      />
    </div>
  );
}
