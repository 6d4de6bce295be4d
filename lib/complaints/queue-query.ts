import { z } from "zod";
import { COMPLAINT_PRIORITIES, COMPLAINT_STATUSES } from "./lifecycle";
import { intId } from "@/lib/validation/int4";

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** The queue's filters as query parameters (the page and the API share them). */
export const queueQuerySchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum([...COMPLAINT_STATUSES, "ACTIVE"]).optional()),
  priority: z.preprocess(blankToUndefined, z.enum(COMPLAINT_PRIORITIES).optional()),
  categoryId: z.preprocess(blankToUndefined, z.string().max(64).optional()),
  assignee: z.preprocess(blankToUndefined, z.string().max(64).optional()),
  orderId: z.preprocess(blankToUndefined, intId().optional()),
  paymentId: z.preprocess(blankToUndefined, z.string().max(64).optional()),
  olderThanDays: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(3650).optional()),
  q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

const ids = z.array(intId()).min(1).max(100);

export const bulkSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("assign"), ids, assigneeId: z.string().max(64).nullable() }),
  z.object({ action: z.literal("close"), ids, message: z.string().trim().max(5000).optional() }),
]);
