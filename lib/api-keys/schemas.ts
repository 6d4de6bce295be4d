import { z } from "zod";

export const MAX_ACTIVE_KEYS = 10;

export const keyNameSchema = z.string().trim().min(1, "validation.required").max(60);
export const createKeySchema = z.object({ name: keyNameSchema });
export const renameKeySchema = z.object({ id: z.string().min(1).max(40), name: keyNameSchema });
export const keyIdSchema = z.object({ id: z.string().min(1).max(40) });

/** An admin revoking one of a customer's keys from the customer's page. */
export const adminRevokeKeySchema = z.object({ userId: z.string().min(1).max(64), keyId: z.string().min(1).max(40) });
