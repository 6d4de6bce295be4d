import type { JobDefinition } from "@/lib/jobs/types";
import { announcementNoticeSweepJob, announcementNoticesJob } from "./announcement-notices";
import { catalogSyncJob } from "./catalog-sync";
import { notificationMailJob } from "./notification-mail";
import { orderForwardJob, orderForwardSweepJob } from "./order-forward";
import { orderRequestSyncJob } from "./order-requests";
import { orderStatsCompactJob } from "./order-stats-compact";
import { orderStatusSyncJob } from "./order-status-sync";
import { paymentReconcileJob } from "./payment-reconcile";
import { providerBalanceCheckJob } from "./provider-balance-check";
import { uploadSweepJob } from "./upload-sweep";

/** Every background job; Inngest and the local runner both take them from here. */
export const jobs: JobDefinition[] = [
  catalogSyncJob,
  providerBalanceCheckJob,
  orderForwardJob,
  orderForwardSweepJob,
  orderStatusSyncJob,
  orderRequestSyncJob,
  paymentReconcileJob,
  notificationMailJob,
  uploadSweepJob,
  orderStatsCompactJob,
  announcementNoticesJob,
  announcementNoticeSweepJob,
];
