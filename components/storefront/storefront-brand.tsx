import Link from "next/link";
import { brandImageUrl, type Brand } from "@/lib/brand/brand";

/** The panel's logo (or its name) linking home. */
export function StorefrontBrand({ brand }: { brand: Brand }) {
  const logo = brandImageUrl(brand.logo, "logo");
  return (
    <Link href="/" className="flex min-w-0 items-center gap-2 text-lg font-semibold text-brand-700">
      {logo && brand.logo ? (
        // eslint-disable-next-line @next/next/no-img-element -- already sized on upload; next/image would add a round trip
        <img src={logo} alt={brand.name} width={brand.logo.width / 2} height={brand.logo.height / 2} className="h-8 w-auto" />
      ) : (
        <span className="truncate">{brand.name}</span>
      )}
    </Link>
  );
}
