import { useTranslations } from "next-intl";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { AdminOrderDetail } from "@/lib/orders/admin/get-order-for-admin";

const MAX_DATA = 300;

/** The order's events, newest first: kind, from → to, message, data (compact JSON), who and when. */
export function OrderTimeline({ events, locale }: { events: AdminOrderDetail["events"]; locale: string }) {
  const t = useTranslations("ordersAdmin.timeline");
  const dates = dateTimeFormat(locale, true);
  if (events.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <ol className="space-y-3" aria-label={t("title")}>
      {events.map((event) => {
        const data = event.data === null || event.data === undefined ? null : JSON.stringify(event.data);
        return (
          <li key={event.id} className="border-l-2 border-slate-200 pl-3 text-sm">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="font-mono text-xs font-semibold text-slate-800">{event.kind}</span>
              {event.fromStatus || event.toStatus ? (
                <span className="text-xs text-slate-600">
                  {event.fromStatus ?? "—"} → {event.toStatus ?? "—"}
                </span>
              ) : null}
              <time dateTime={event.createdAt.toISOString()} className="text-xs text-slate-500">
                {dates.format(event.createdAt)}
              </time>
              <span className="text-xs text-slate-500">{event.actorEmail ?? t("system")}</span>
            </div>
            {event.message ? <p className="mt-0.5 text-slate-700">{event.message}</p> : null}
            {data && data !== "{}" ? (
              <code className="mt-0.5 block font-mono text-xs break-all text-slate-500" title={data.length > MAX_DATA ? data : undefined}>
                {data.length > MAX_DATA ? `${data.slice(0, MAX_DATA)}…` : data}
              </code>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
