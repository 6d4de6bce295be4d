import { z } from "zod";

export const REQUEST_DECISIONS = ["complete", "reject"] as const;

/** An admin's answer to a refill or cancel request that waits for them; a rejection says why. */
export const decideRequestSchema = z
  .object({
    requestId: z.string().trim().min(1).max(40),
    decision: z.enum(REQUEST_DECISIONS),
    note: z.string().trim().max(500).optional(),
  })
  .refine((input) => input.decision !== "reject" || Boolean(input.note), { path: ["note"], message: "validation.required" });
export type DecideRequestInput = z.infer<typeof decideRequestSchema>;

export const requestQueueQuerySchema = z.object({
  kind: z.enum(["refill", "cancel"]).optional(),
  /** Keyset: the last request's id on the previous page (oldest first). */
  after: z.string().trim().max(40).optional(),
});
export type RequestQueueQuery = z.infer<typeof requestQueueQuerySchema>;
