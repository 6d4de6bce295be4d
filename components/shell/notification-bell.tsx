"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { NoticeList } from "@/components/notifications/notice-list";
import { useMarkRead, useNotifications } from "@/components/notifications/use-notifications";
import { numberFormat } from "@/lib/i18n/format-number";

/** The header bell: unread count (polled), a drop-down of the newest notices, mark one or all read. */
export function NotificationBell() {
  const t = useTranslations("notifications");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const { data } = useNotifications(10);
  const markRead = useMarkRead();
  const unread = data?.unread ?? 0;
  // In the reader's digits (Bengali ones for বাংলা), like every other count.
  const count = numberFormat(locale, 0).format(Math.min(unread, 99)) + (unread > 99 ? "+" : "");

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);

  return (
    <div ref={box} className="relative">
      <button
        type="button"
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        aria-label={unread ? `${t("bell")}: ${t("unread", { count })}` : t("bell")}
        data-testid="notification-bell"
        className="relative rounded-md p-2 text-slate-700 hover:bg-slate-100"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {unread ? (
          <span
            data-testid="unread-count"
            className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold text-white"
          >
            {count}
          </span>
        ) : null}
      </button>
      {open ? (
        // On a phone the bell sits mid-header, so the panel spans the screen below the header instead of
        // hanging off the bell (which pushed it past the left edge at 390 px).
        <div className="fixed inset-x-2 top-14 z-20 rounded-lg border border-slate-200 bg-white shadow-lg sm:absolute sm:inset-x-auto sm:top-auto sm:right-0 sm:mt-2 sm:w-80">
          <div className="flex items-center justify-between border-b border-slate-100 p-3 text-sm">
            <span className="font-semibold">{t("title")}</span>
            {unread ? (
              <button type="button" onClick={() => markRead.mutate("all")} className="text-xs text-brand-700 hover:underline">
                {t("markAllRead")}
              </button>
            ) : null}
          </div>
          <div className="max-h-96 overflow-y-auto">
            <NoticeList items={data?.items ?? []} onNavigate={() => setOpen(false)} />
          </div>
          <div className="flex justify-between border-t border-slate-100 p-3 text-xs">
            <Link href="/user/notifications" onClick={() => setOpen(false)} className="text-brand-700 hover:underline">
              {t("seeAll")}
            </Link>
            <Link href="/user/notifications/settings" onClick={() => setOpen(false)} className="text-brand-700 hover:underline">
              {t("settings")}
            </Link>
          </div>
        </div>
      ) : null}
    </div>
  );
}
