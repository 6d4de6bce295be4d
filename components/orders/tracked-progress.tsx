"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { numberFormat } from "@/lib/i18n/format-number";
import { SUBSCRIPTION_TONES, type TrackedView } from "./tracked-view";

/** "Run 3 of 10" for a drip-feed; the subscription's own status and "Posts 2 of 5" for a subscription. */
export function TrackedProgress({ tracked, locale, orderId }: { tracked: TrackedView; locale: string; orderId: number }) {
  const t = useTranslations("tracked");
  const numbers = numberFormat(locale, 0);
  const counts = { done: numbers.format(tracked.done), total: numbers.format(tracked.total) };
  if (tracked.kind === "dripfeed")
    return (
      <span className="block text-xs text-slate-600" data-testid={`order-runs-${orderId}`} data-done={tracked.done}>
        {t("run", counts)}
      </span>
    );
  return (
    <span className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-600">
      <span data-testid={`order-subscription-${orderId}`} data-status={tracked.status ?? "none"}>
        <Badge tone={tracked.status ? SUBSCRIPTION_TONES[tracked.status] : "slate"}>{t(`subscription.${tracked.status ?? "none"}`)}</Badge>
      </span>
      <span data-testid={`order-posts-${orderId}`} data-done={tracked.done}>
        {t("posts", counts)}
      </span>
    </span>
  );
}
