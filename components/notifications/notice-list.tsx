"use client";

import clsx from "clsx";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { storedText } from "@/lib/i18n/stored-message";
import type { NoticeView } from "@/lib/notifications/list-notifications";
import { useMarkRead } from "./use-notifications";

/** Notices with their time; opening one (or its button) marks it read. */
export function NoticeList({ items, onNavigate }: { items: NoticeView[]; onNavigate?: () => void }) {
  const t = useTranslations("notifications");
  const tAll = useTranslations();
  const locale = useLocale();
  const dates = dateTimeFormat(locale);
  const markRead = useMarkRead();
  const router = useRouter();
  if (items.length === 0) return <p className="p-3 text-sm text-slate-500">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="notice-list">
      {items.map((item) => {
        const title = storedText(item.message?.title, item.title, tAll, locale);
        // A title without a key was stored before keys (English); a body without one is people's words,
        // and so are an announcement's (an admin's, in the reader's language).
        const announcement = item.kind === "announcement";
        const titleMark = announcement ? { "data-user-text": "" } : item.message?.title ? {} : { "data-stored-text": "notice" };
        const body = storedText(item.message?.body, item.body, tAll, locale);
        const bodyMark = item.message?.body && !announcement ? {} : { "data-user-text": "" };
        return (
          <li
            key={item.id}
            data-testid="notice"
            data-read={item.read}
            className={clsx("flex gap-3 p-3 text-sm", !item.read && "bg-brand-50/50")}
          >
            {/* Title, body and time each on their own line, so a long title never runs into its date. */}
            <div className="min-w-0 flex-1 space-y-0.5">
              {item.link ? (
                <Link
                  href={item.link}
                  className="block font-medium [overflow-wrap:anywhere] text-slate-900 hover:underline"
                  onClick={async (event) => {
                    // Marked read before leaving, so the count is right on arrival (a failure still navigates).
                    event.preventDefault();
                    if (!item.read) await markRead.mutateAsync(item.id).catch(() => undefined);
                    onNavigate?.();
                    router.push(item.link!);
                  }}
                  {...titleMark}
                >
                  {title}
                </Link>
              ) : (
                <span className="block font-medium [overflow-wrap:anywhere] text-slate-900" {...titleMark}>
                  {title}
                </span>
              )}
              {body ? (
                <p className="truncate text-slate-600" {...bodyMark}>
                  {body}
                </p>
              ) : null}
              <time dateTime={item.createdAt} className="block text-xs text-slate-500">
                {dates.format(new Date(item.createdAt))}
              </time>
            </div>
            {!item.read ? (
              <button
                type="button"
                onClick={() => markRead.mutate(item.id)}
                className="shrink-0 self-start text-xs whitespace-nowrap text-brand-700 hover:underline"
              >
                {t("markRead")}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
