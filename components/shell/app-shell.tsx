import clsx from "clsx";
import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

/** A nav entry; `badge` sits beside the link (a sibling, never inside it, so it may be a link of its own). */
export type NavItem = { href: string; label: string; badge?: ReactNode };

/** Responsive shell: a sidebar on wide screens, a scrolling tab row on phones. */
export function AppShell({
  brand,
  brandHref,
  nav,
  userLabel,
  headerExtra,
  topNotice,
  children,
}: {
  /** The panel's mark (components/shell/brand-mark.tsx). */
  brand: ReactNode;
  brandHref: string;
  nav: NavItem[];
  userLabel: string;
  headerExtra?: ReactNode;
  /** A full-width notice at the top of the sticky header, so it stays in view (the acting-as-a-customer banner). */
  topNotice?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/95 backdrop-blur">
        {topNotice}
        <div className="mx-auto flex max-w-[96rem] flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
          <Link
            href={brandHref}
            className="flex min-w-0 items-center truncate text-base font-semibold whitespace-nowrap text-brand-700 sm:text-lg"
          >
            {brand}
          </Link>
          {/* On a phone the extra (the balance) gets a line of its own under the brand. */}
          {headerExtra ? <div className="order-last w-full sm:order-none sm:ml-auto sm:w-auto">{headerExtra}</div> : null}
          <div className={clsx("flex items-center gap-1 sm:gap-3", headerExtra ? "ml-auto sm:ml-0" : "ml-auto")}>
            <NotificationBell />
            <span className="hidden text-sm text-slate-600 md:inline" data-testid="signed-in-as">
              {userLabel}
            </span>
            <LanguageSwitch />
            <SignOutButton />
          </div>
        </div>
        <nav className="mx-auto flex max-w-[96rem] gap-1 overflow-x-auto px-4 pb-2 lg:hidden">
          {nav.map((item) => (
            <div key={item.href} className="flex shrink-0 items-center gap-1">
              <NavLink href={item.href} siblings={nav.map((entry) => entry.href)}>
                {item.label}
              </NavLink>
              {item.badge}
            </div>
          ))}
        </nav>
      </header>
      <div className="mx-auto flex max-w-[96rem] gap-6 px-4 py-6">
        <nav className="hidden w-52 shrink-0 space-y-1 lg:block">
          {nav.map((item) => (
            <div key={item.href} className="flex items-center gap-1">
              <div className="min-w-0 flex-1">
                <NavLink href={item.href} siblings={nav.map((entry) => entry.href)}>
                  {item.label}
                </NavLink>
              </div>
              {item.badge}
            </div>
          ))}
        </nav>
        <main className="min-w-0 flex-1">{children}</main>
      </div>
    </div>
  );
}
