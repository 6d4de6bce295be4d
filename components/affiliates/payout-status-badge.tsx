"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const TONE = { PENDING: "amber", PAID: "green", REJECTED: "red" } as const;

export function PayoutStatusBadge({ status }: { status: keyof typeof TONE }) {
  const t = useTranslations("affiliates.payouts.statuses");
  return (
    <span data-testid="payout-status" data-status={status}>
      <Badge tone={TONE[status]}>{t(status)}</Badge>
    </span>
  );
}
