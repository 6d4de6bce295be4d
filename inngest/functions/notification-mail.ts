import type { JobDefinition } from "@/lib/jobs/types";
import { deliverPendingMail } from "@/lib/notifications/deliver-mail";

/** Every minute: e-mails for notices written inside other transactions (order and payment outcomes …). */
export const notificationMailJob: JobDefinition = {
  id: "notification-mail",
  trigger: { cron: "* * * * *" },
  handler: async ({ step }) => step.run("deliver", () => deliverPendingMail({ limit: 200 })),
};
