import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ComplaintPriorityName, ComplaintStatusName } from "@/lib/complaints/lifecycle";

const STATUS_TONE = { OPEN: "blue", IN_PROGRESS: "amber", RESOLVED: "green", CLOSED: "slate", REJECTED: "red" } as const;
const PRIORITY_TONE = { LOW: "slate", MEDIUM: "blue", HIGH: "amber", URGENT: "red" } as const;

export function ComplaintStatusBadge({ status }: { status: ComplaintStatusName }) {
  const t = useTranslations("complaints.status");
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}

export function PriorityBadge({ priority }: { priority: ComplaintPriorityName }) {
  const t = useTranslations("complaints.priority");
  return <Badge tone={PRIORITY_TONE[priority]}>{t(priority)}</Badge>;
}
