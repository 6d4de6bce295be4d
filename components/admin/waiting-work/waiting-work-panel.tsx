import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { WAITING_WORK_KEYS, waitingWorkHref, type WaitingWork } from "@/lib/admin-console/waiting-work-items";
import { waitingWorkLabel } from "./waiting-work-label";

/**
 * The waiting work as a panel (for the admin dashboard): one row per count the reader may see, each a
 * link to the filtered list of exactly those rows. Takes the counts (countWaitingWork on the server, or
 * useWaitingWork in LiveWaitingWorkPanel); works as a server or a client component.
 */
export function WaitingWorkPanel({ work }: { work: WaitingWork }) {
  const t = useTranslations("waitingWork");
  const format = useFormatter();
  const keys = WAITING_WORK_KEYS.filter((key) => work.counts[key] !== undefined);
  if (keys.length === 0) return null;
  const waiting = keys.some((key) => work.counts[key]! > 0);
  return (
    <section
      aria-labelledby="waiting-work-title"
      className="rounded-lg border border-slate-200 bg-white p-4"
      data-testid="waiting-work-panel"
    >
      <h2 id="waiting-work-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-500">{waiting ? t("subtitle") : t("nothing")}</p>
      <ul className="mt-3 grid grid-cols-1 gap-x-8 sm:grid-cols-2 xl:grid-cols-3">
        {keys.map((key) => {
          const count = work.counts[key]!;
          return (
            <li key={key}>
              <Link
                href={waitingWorkHref(key, work.since)}
                className="flex items-center justify-between gap-3 border-b border-slate-100 py-2 text-sm hover:text-brand-700"
              >
                <span>{waitingWorkLabel(t, key)}</span>
                <span
                  className={
                    count > 0
                      ? "min-w-6 rounded-full bg-amber-500 px-2 py-0.5 text-center text-xs font-semibold text-white tabular-nums"
                      : "min-w-6 text-center text-xs text-slate-400 tabular-nums"
                  }
                >
                  {format.number(count)}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
