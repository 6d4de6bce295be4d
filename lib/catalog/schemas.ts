import { z } from "zod";
import { manualAllowed, SERVICE_TYPE_LIST, takesDripfeed } from "@/lib/api-v2/service-types";
import { intId } from "@/lib/validation/int4";

const id = z.string().min(1).max(64);
const serviceId = intId();
const rateText = z
  .union([z.string().trim(), z.number()])
  .transform((value) => String(value))
  .refine((text) => /^\d{1,12}(\.\d{1,4})?$/.test(text), "validation.rate");
const count = z.coerce.number().int().min(1).max(100_000_000);
/** true/false from JSON, and "true"/"false"/"on"/"1"/"0" from forms (z.coerce.boolean reads "false" as true). */
const flag = z.union([
  z.boolean(),
  z.enum(["true", "false", "on", "off", "1", "0"]).transform((text) => ["true", "on", "1"].includes(text)),
]);

export const categorySchema = z.object({
  name: z.string().trim().min(2).max(80),
  description: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((text) => text || null),
  status: z.enum(["ACTIVE", "DISABLED"]).default("ACTIVE"),
});
export const categoryUpdateSchema = categorySchema.extend({ categoryId: id, status: z.enum(["ACTIVE", "DISABLED"]) });
export const categoryMoveSchema = z.object({ categoryId: id, direction: z.enum(["up", "down"]) });

// What an edited and a hand-made service check alike (their keys stay in each schema's order, which is
// the order their refusals are read in).
const serviceName = z.string().trim().min(2).max(200);
const serviceDescription = z
  .string()
  .trim()
  .max(2000)
  .optional()
  .transform((text) => text || null);
const refillDays = z.coerce.number().int().min(1).max(3650).nullable().optional();
const minNotAboveMax = (service: { min: number; max: number }) => service.min <= service.max;
const minAboveMax = { path: ["min"], message: "validation.minAboveMax" };

export const serviceUpdateSchema = z
  .object({
    serviceId,
    name: serviceName,
    description: serviceDescription,
    categoryId: id,
    rate: rateText,
    min: count,
    max: count,
    mode: z.enum(["AUTO", "MANUAL"]),
    status: z.enum(["ACTIVE", "DISABLED"]),
    refill: flag,
    refillDays,
    cancel: flag,
    dripfeed: flag,
  })
  .refine(minNotAboveMax, minAboveMax);

/** A service made by hand (mode MANUAL, no provider): its orders wait in /admin/orders/queue for staff. */
export const manualServiceSchema = z
  .object({
    name: serviceName,
    description: serviceDescription,
    categoryId: id,
    type: z.enum(SERVICE_TYPE_LIST).refine(manualAllowed, "validation.service.typeNotManual"),
    rate: rateText.refine((text) => /[1-9]/.test(text), "validation.positive"),
    min: count,
    max: count,
    status: z.enum(["ACTIVE", "DISABLED"]).default("ACTIVE"),
    refill: flag.default(false),
    refillDays,
    cancel: flag.default(false),
    dripfeed: flag.default(false),
  })
  .refine(minNotAboveMax, minAboveMax)
  .refine((service) => !service.dripfeed || takesDripfeed(service.type), {
    path: ["dripfeed"],
    message: "validation.service.dripfeedType",
  });
export type ManualServiceInput = z.input<typeof manualServiceSchema>;
export type ManualServiceValues = z.infer<typeof manualServiceSchema>;

export const markupFields = {
  markupKind: z.enum(["PERCENT", "FIXED"]),
  markupValue: z
    .union([z.string().trim(), z.number()])
    .transform((value) => String(value))
    .refine((text) => /^-?\d{1,6}(\.\d{1,4})?$/.test(text), "validation.amount")
    .refine((text) => !text.startsWith("-"), "validation.markupNegative"),
  roundTo: z
    .union([z.string().trim(), z.number()])
    .transform((value) => String(value))
    .refine((text) => text === "" || /^\d{1,6}(\.\d{1,4})?$/.test(text), "validation.amount")
    .transform((text) => (text === "" || Number(text) === 0 ? null : text))
    .optional(),
};

export const bulkServicesSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("enable"), serviceIds: z.array(serviceId).min(1).max(5000) }),
  z.object({ action: z.literal("disable"), serviceIds: z.array(serviceId).min(1).max(5000) }),
  z.object({ action: z.literal("move"), serviceIds: z.array(serviceId).min(1).max(5000), categoryId: id }),
  z.object({ action: z.literal("reprice"), serviceIds: z.array(serviceId).min(1).max(5000), ...markupFields }),
]);

export const importSchema = z.object({
  providerId: id,
  providerServiceIds: z.array(z.string().min(1).max(64)).min(1, "validation.pickServices").max(10_000),
  ...markupFields,
  /** Put them all in this category; otherwise each goes by `categoryMap`, else to ours of the same name (created when new). */
  categoryId: id.nullable().optional(),
  /** Provider category name → our category id. */
  categoryMap: z.record(z.string().max(200), id).optional(),
});
export type ImportInput = z.input<typeof importSchema>;
