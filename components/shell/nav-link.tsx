"use client";

import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

const matches = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/** Active when it is the most specific nav entry matching the page (so /user/orders/create lights one entry). */
export function NavLink({ href, siblings = [], children }: { href: string; siblings?: string[]; children: ReactNode }) {
  const pathname = usePathname();
  const active = matches(pathname, href) && !siblings.some((other) => other.length > href.length && matches(pathname, other));
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={clsx(
        "block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap",
        active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100",
      )}
    >
      {children}
    </Link>
  );
}
