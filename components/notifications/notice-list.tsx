"use client";

import clsx from "clsx";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { NoticeView } from "@/lib/notifications/list-notifications";
import { useMarkRead } from "./use-notifications";

/** Notices with their time; opening one (or its button) marks it read. */
export function NoticeList({ items, onNavigate }: { items: NoticeView[]; onNavigate?: () => void }) {
  const t = useTranslations("notifications");
  const dates = dateTimeFormat(useLocale());
  const markRead = useMarkRead();
  const router = useRouter();
  if (items.length === 0) return <p className="p-3 text-sm text-slate-500">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="notice-list">
      {items.map((item) => (
        <li
          key={item.id}
          data-testid="notice"
          data-read={item.read}
          className={clsx("flex gap-3 p-3 text-sm", !item.read && "bg-brand-50/50")}
        >
          <div className="min-w-0 flex-1">
            {item.link ? (
              <Link
                href={item.link}
                className="font-medium text-slate-900 hover:underline"
                onClick={async (event) => {
                  // Marked read before leaving, so the count is right on arrival (a failure still navigates).
                  event.preventDefault();
                  if (!item.read) await markRead.mutateAsync(item.id).catch(() => undefined);
                  onNavigate?.();
                  router.push(item.link!);
                }}
                data-stored-text="notice"
              >
                {item.title}
              </Link>
            ) : (
              <span className="font-medium text-slate-900" data-stored-text="notice">
                {item.title}
              </span>
            )}
            {item.body ? (
              <p className="truncate text-slate-600" data-stored-text="notice">
                {item.body}
              </p>
            ) : null}
            <time className="text-xs text-slate-500">{dates.format(new Date(item.createdAt))}</time>
          </div>
          {!item.read ? (
            <button type="button" onClick={() => markRead.mutate(item.id)} className="self-start text-xs text-brand-700 hover:underline">
              {t("markRead")}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
