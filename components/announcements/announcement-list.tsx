import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { AnnouncementItem } from "@/lib/announcements/list-announcements";
import { dateFormat } from "@/lib/i18n/format-date";

/**
 * Announcements in the reader's language, newest as given, each dated and anchored (#announcement-<id>,
 * where its notice leads); important ones carry a badge and a coloured edge. A server component that
 * only needs the items and the locale, so the dashboard and the landing page both use it. Renders
 * nothing for no items.
 */
export async function AnnouncementList({ items, locale }: { items: AnnouncementItem[]; locale: string }) {
  if (items.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "announcements" });
  const dates = dateFormat(locale);
  const bengali = locale === "bn";
  return (
    <ul className="space-y-3" aria-label={t("label")} data-testid="announcement-list">
      {items.map((item) => (
        <li
          key={item.id}
          id={`announcement-${item.id}`}
          data-testid="announcement"
          data-important={item.important}
          className={
            item.important
              ? "scroll-mt-24 rounded-md border-l-4 border-amber-500 bg-amber-50/60 py-2 pr-3 pl-3"
              : "scroll-mt-24 rounded-md border-l-4 border-slate-200 py-2 pr-3 pl-3"
          }
        >
          <article className="min-w-0 space-y-1">
            <header className="flex flex-wrap items-center gap-x-2 gap-y-1">
              {item.important ? <Badge tone="amber">{t("important")}</Badge> : null}
              <h3 className="min-w-0 text-sm font-semibold [overflow-wrap:anywhere] text-slate-900" data-user-text>
                {bengali ? item.titleBn : item.titleEn}
              </h3>
            </header>
            <time dateTime={item.publishedAt} className="block text-xs text-slate-500">
              {dates.format(new Date(item.publishedAt))}
            </time>
            <p className="text-sm [overflow-wrap:anywhere] whitespace-pre-line text-slate-700" data-user-text>
              {bengali ? item.bodyBn : item.bodyEn}
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
