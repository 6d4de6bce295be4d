import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import { getBrand } from "@/lib/brand/brand";
import { BrandMarkView } from "./brand-mark-view";

/**
 * The panel's mark for headers (a server component: it reads the brand): the uploaded logo with the
 * panel's name as its alt text, or the name. `admin` adds the admin area's word through
 * `brandSettings.shell.admin` ("<brand>{name}</brand> · Admin"). Put it inside the header's home link.
 */
export async function BrandMark({ admin = false, className }: { admin?: boolean; className?: string }) {
  const brand = await getBrand();
  if (!admin) return <BrandMarkView brand={brand} className={className} />;
  const t = await getTranslations("brandSettings.shell");
  return (
    <span className={clsx("inline-flex min-w-0 items-center gap-1.5", className)}>
      {t.rich("admin", { name: brand.name, brand: () => <BrandMarkView brand={brand} /> })}
    </span>
  );
}
