import clsx from "clsx";
import type { BrandImage } from "@/lib/brand/schemas";
import { brandImageUrl } from "@/lib/brand/image-url";

/**
 * The panel's logo (its name as the alt text), or its name when no logo is uploaded, marked as the
 * owner's own text (it stays as written in every language). Plain: server and client code may render it
 * with a brand they hold; server components usually render BrandMark (./brand-mark.tsx), which reads it.
 */
export function BrandMarkView({ brand, className }: { brand: { name: string; logo: BrandImage }; className?: string }) {
  const src = brandImageUrl(brand.logo, "logo");
  if (src && brand.logo)
    return (
      // eslint-disable-next-line @next/next/no-img-element -- served by /brand/logo, already sized for the header
      <img
        src={src}
        alt={brand.name}
        width={brand.logo.width}
        height={brand.logo.height}
        className={clsx("h-7 w-auto max-w-[9rem] object-contain object-left sm:h-8 sm:max-w-[12rem]", className)}
      />
    );
  return (
    <span data-user-text className={clsx("truncate", className)}>
      {brand.name}
    </span>
  );
}
