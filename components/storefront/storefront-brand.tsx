import Link from "next/link";
import { BrandMarkView } from "@/components/shell/brand-mark-view";
import type { Brand } from "@/lib/brand/brand";

/** The panel's logo (or its name) linking home. */
export function StorefrontBrand({ brand }: { brand: Brand }) {
  return (
    <Link href="/" className="flex min-w-0 items-center gap-2 text-lg font-semibold text-brand-700">
      <BrandMarkView brand={brand} />
    </Link>
  );
}
