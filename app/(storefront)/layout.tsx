import type { ReactNode } from "react";
import { StorefrontFooter } from "@/components/storefront/storefront-footer";
import { StorefrontHeader } from "@/components/storefront/storefront-header";
import { getBrand } from "@/lib/brand/brand";

/** The public pages (landing, services, policies, FAQ): the visitor's header and footer around them. */
export default async function StorefrontLayout({ children }: { children: ReactNode }) {
  const brand = await getBrand();
  return (
    <div className="flex min-h-screen flex-col">
      <StorefrontHeader brand={brand} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <StorefrontFooter brand={brand} />
    </div>
  );
}
