import type { JobDefinition } from "@/lib/jobs/types";
import { compactOrderStats } from "@/lib/reports/compact-order-stats";

/** Every minute: folds the order triggers' delta rows into the daily totals, so reads stay small (docs/REPORTS.md). */
export const orderStatsCompactJob: JobDefinition = {
  id: "order-stats-compact",
  trigger: { cron: "* * * * *" },
  handler: ({ step }) => step.run("compact", () => compactOrderStats()),
};
