import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { AdminOrderStatus } from "@/lib/orders/admin/schemas";

const TONES: Record<AdminOrderStatus, "green" | "red" | "amber" | "slate" | "blue"> = {
  PENDING: "slate",
  PROCESSING: "blue",
  IN_PROGRESS: "blue",
  COMPLETED: "green",
  PARTIAL: "amber",
  CANCELED: "red",
  FORWARD_FAILED: "red",
  UNCERTAIN: "amber",
};

/** An order's status in the reader's language (server or client). */
export function OrderStatusBadge({ status }: { status: AdminOrderStatus }) {
  const t = useTranslations("ordersAdmin.statuses");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
