import { sweepDirectUploads } from "@/lib/complaints/attachments/sweep-direct-uploads";
import type { JobDefinition } from "@/lib/jobs/types";

/** Every 15 minutes: deletes at UploadThing the images customers uploaded but never attached to a case. */
export const uploadSweepJob: JobDefinition = {
  id: "upload-sweep",
  trigger: { cron: "*/15 * * * *" },
  handler: ({ step }) => step.run("sweep", () => sweepDirectUploads()),
};
