"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { waitingWorkHref, type WaitingWork, type WaitingWorkKey } from "@/lib/admin-console/waiting-work-items";
import { useWaitingWork } from "./use-waiting-work";
import { waitingWorkBadgeLabel } from "./waiting-work-label";

/**
 * Small count badges beside a nav link, each a link to the filtered list of exactly those rows. A count
 * of zero, or one the role may not see, shows nothing.
 */
export function WaitingWorkBadges({ keys, initial }: { keys: readonly WaitingWorkKey[]; initial?: WaitingWork }) {
  const t = useTranslations("waitingWork");
  const format = useFormatter();
  const { data } = useWaitingWork(initial);
  if (!data) return null;
  const shown = keys.filter((key) => (data.counts[key] ?? 0) > 0);
  if (shown.length === 0) return null;
  return (
    <span className="flex shrink-0 items-center gap-1">
      {shown.map((key) => {
        const count = data.counts[key]!;
        const label = waitingWorkBadgeLabel(t, key, count);
        return (
          <Link
            key={key}
            href={waitingWorkHref(key, data.since)}
            aria-label={label}
            title={label}
            data-testid={`waiting-${key}`}
            className="min-w-5 rounded-full bg-amber-500 px-1.5 py-0.5 text-center text-xs leading-none font-semibold text-white tabular-nums hover:bg-amber-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600"
          >
            {count > 99 ? `${format.number(99)}+` : format.number(count)}
          </Link>
        );
      })}
    </span>
  );
}
