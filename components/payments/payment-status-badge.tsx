import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const TONE = {
  COMPLETED: "green",
  APPROVED: "green",
  FAILED: "red",
  REJECTED: "red",
  CANCELED: "slate",
  EXPIRED: "slate",
  REFUNDED: "blue",
  INITIATED: "amber",
  PENDING: "amber",
  SUBMITTED: "amber",
} as const;

export function PaymentStatusBadge({ status }: { status: keyof typeof TONE }) {
  const t = useTranslations("payments.statuses");
  return (
    <span data-testid="payment-status">
      <Badge tone={TONE[status]}>{t(status)}</Badge>
    </span>
  );
}
