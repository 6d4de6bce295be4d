import type { JobDefinition } from "@/lib/jobs/types";
import { deliverPendingMail } from "@/lib/notifications/deliver-mail";

const BATCH = 200;
const MAX_BATCHES = 25;

/** Every minute: e-mails for notices written inside other transactions (order and payment outcomes …), oldest first. */
export const notificationMailJob: JobDefinition = {
  id: "notification-mail",
  trigger: { cron: "* * * * *" },
  handler: async ({ step }) => {
    const total = { sent: 0, failed: 0 };
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const run = await step.run(`deliver-${batch}`, () => deliverPendingMail({ limit: BATCH }));
      total.sent += run.sent;
      total.failed += run.failed;
      if (run.sent + run.failed < BATCH) break;
    }
    return total;
  },
};
