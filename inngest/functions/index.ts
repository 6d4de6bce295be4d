import type { JobDefinition } from "@/lib/jobs/types";
import { catalogSyncJob } from "./catalog-sync";

/** Every background job; Inngest and the local runner both take them from here. */
export const jobs: JobDefinition[] = [catalogSyncJob];
