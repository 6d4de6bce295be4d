import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BrandImageField } from "@/components/admin/brand/brand-image-field";
import { BrandProfileForm } from "@/components/admin/brand/brand-profile-form";
import { Card, PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { brandImageUrl, getBrand } from "@/lib/brand/brand";
import { FAVICON_SIZE, LOGO_BOX, MAX_BRAND_IMAGE_BYTES } from "@/lib/brand/brand-image";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("brandSettings"))("title") };
}

/** The panel's brand: logo and favicon (uploaded on their own), and the profile form. */
export default async function BrandSettingsPage() {
  await pagePermission("settings.manage");
  const [t, brand] = await Promise.all([getTranslations("brandSettings"), getBrand()]);
  const { logo, favicon, ...profile } = brand;
  const max = MAX_BRAND_IMAGE_BYTES / 1024 / 1024;
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      <Card title={t("images.title")}>
        <div className="grid gap-6 sm:grid-cols-2">
          <BrandImageField kind="logo" url={brandImageUrl(logo, "logo")} hint={t("images.logoHint", { max, ...LOGO_BOX })} />
          <BrandImageField
            kind="favicon"
            url={brandImageUrl(favicon, "favicon")}
            hint={t("images.faviconHint", { max, size: FAVICON_SIZE })}
          />
        </div>
      </Card>
      <Card>
        <BrandProfileForm values={profile} />
      </Card>
    </div>
  );
}
