import { z } from "zod";

const httpUrl = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine((text) => {
    try {
      const url = new URL(text);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "validation.httpUrl");

const optionalAmount = z
  .union([z.string().trim(), z.number()])
  .transform((value) => String(value))
  .refine((text) => text === "" || /^\d{1,12}(\.\d{1,7})?$/.test(text), "validation.amount")
  .transform((text) => (text === "" ? null : text))
  .nullable()
  .optional();

export const providerCreateSchema = z.object({
  name: z.string().trim().min(2).max(80),
  apiUrl: httpUrl,
  apiKey: z.string().trim().min(4).max(500),
  lowBalanceThreshold: optionalAmount,
});
export type ProviderCreateInput = z.input<typeof providerCreateSchema>;

/** Editing: a blank apiKey keeps the stored one (it is never sent back to the browser). */
export const providerUpdateSchema = z.object({
  providerId: z.string().min(1).max(64),
  name: z.string().trim().min(2).max(80),
  apiUrl: httpUrl,
  apiKey: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((key) => (key ? key : undefined)),
  lowBalanceThreshold: optionalAmount,
  status: z.enum(["ACTIVE", "DISABLED"]),
});
export type ProviderUpdateInput = z.input<typeof providerUpdateSchema>;

/** The provider list's filter: `balance=low` keeps active providers out of funds or below their threshold. */
export const providerListQuerySchema = z.object({
  balance: z.enum(["low"]).optional().catch(undefined),
});
export type ProviderListQuery = z.infer<typeof providerListQuerySchema>;
