import { useTranslations } from "next-intl";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { AdminOrderDetail } from "@/lib/orders/admin/get-order-for-admin";
import { buildTimeline } from "@/lib/orders/timeline/build-timeline";
import type { OrderFacts } from "@/lib/orders/timeline/event-sentences";
import { renderSentence, type SentenceTools } from "@/lib/orders/timeline/render-sentence";

/**
 * The order's events, newest first, as sentences in the reader's language with who and when; what was
 * recorded (the provider's words, the payload) stays folded in each event's details.
 */
export function OrderTimeline({ events, order, locale }: { events: AdminOrderDetail["events"]; order: OrderFacts; locale: string }) {
  const t = useTranslations("adminHistory.timeline");
  const statuses = useTranslations("ordersAdmin.statuses");
  const dates = dateTimeFormat(locale, true);
  if (events.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  const tools: SentenceTools = {
    locale,
    t: (key, values) => t(key as never, values as never),
    status: (status) => (statuses.has(status as never) ? statuses(status as never) : status),
  };
  return (
    <ol className="space-y-4" aria-label={t("label")} data-testid="order-timeline">
      {buildTimeline(events, order).map((entry) => {
        const [main, ...more] = entry.sentences.map((sentence) => renderSentence(sentence, tools));
        return (
          <li key={entry.id} className="min-w-0 border-l-2 border-slate-200 pl-3 text-sm">
            <p className="font-medium wrap-anywhere text-slate-900">{main}</p>
            {more.map((line) => (
              <p key={line} className="wrap-anywhere text-slate-700">
                {line}
              </p>
            ))}
            <p className="mt-0.5 text-xs wrap-anywhere text-slate-500">
              <time dateTime={entry.createdAt.toISOString()}>{dates.format(entry.createdAt)}</time>
              {" · "}
              {entry.actorEmail ?? t("system")}
            </p>
            <details className="mt-1 text-xs">
              <summary className="w-fit cursor-pointer text-slate-500 hover:text-slate-800">{t("details")}</summary>
              <pre className="mt-1 max-h-72 overflow-auto rounded-md bg-slate-50 p-2 font-mono break-all whitespace-pre-wrap text-slate-700">
                {entry.details}
              </pre>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
