import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { TimelineEvent } from "@/lib/complaints/get-complaint";

/** The case's history: who did what when, notes and replies, and image previews (through the access-checked route). */
export function ComplaintTimeline({
  events,
  formatDate,
  staffView,
}: {
  events: TimelineEvent[];
  formatDate: (iso: string) => string;
  staffView: boolean;
}) {
  const t = useTranslations("complaints.case");
  const tStatus = useTranslations("complaints.status");
  const tPriority = useTranslations("complaints.priority");
  const tAdmin = useTranslations("complaintsAdmin.case");
  return (
    <ol className="space-y-4" data-testid="timeline">
      {events.map((event) => {
        const who =
          event.side === "customer"
            ? staffView
              ? (event.authorName ?? t("you"))
              : t("you")
            : event.side === "staff"
              ? staffView
                ? (event.authorName ?? t("support"))
                : t("support")
              : t("support");
        const what =
          event.kind === "created"
            ? t("created")
            : event.kind === "status" && event.toStatus
              ? t("statusChange", { status: tStatus(event.toStatus) })
              : event.kind === "priority" && event.body
                ? t("priorityChange", { priority: tPriority(event.body as "LOW") })
                : event.kind === "assigned"
                  ? t("assigned")
                  : event.kind === "note"
                    ? t("note")
                    : t("reply");
        const showBody = event.body && event.kind !== "priority";
        return (
          <li
            key={event.id}
            data-testid="timeline-event"
            className={
              event.internal
                ? "rounded-md border border-amber-200 bg-amber-50 p-3"
                : event.side === "customer"
                  ? "rounded-md border border-slate-200 p-3"
                  : "rounded-md border border-brand-100 bg-brand-50/40 p-3"
            }
          >
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium text-slate-900">{who}</span>
              <span className="text-slate-600">{what}</span>
              {event.internal ? <Badge tone="amber">{tAdmin("internalBadge")}</Badge> : null}
              <time className="ml-auto text-xs text-slate-500">{formatDate(event.createdAt)}</time>
            </div>
            {showBody ? (
              <p className="mt-2 text-sm break-words whitespace-pre-wrap text-slate-800" data-user-text>
                {event.body}
              </p>
            ) : null}
            {event.attachments.length ? (
              <ul className="mt-3 flex flex-wrap gap-3" aria-label={t("attachments")}>
                {event.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={`/api/complaints/attachments/${file.id}`} target="_blank" rel="noreferrer" className="block">
                      {/* eslint-disable-next-line @next/next/no-img-element -- access-checked route, not a static asset */}
                      <img
                        src={`/api/complaints/attachments/${file.id}`}
                        alt={file.fileName}
                        className="h-24 w-24 rounded border border-slate-200 object-cover"
                        loading="lazy"
                      />
                      <span className="mt-1 block max-w-24 truncate text-xs text-slate-500">{file.fileName}</span>
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
