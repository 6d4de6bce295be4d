import { z } from "zod";
import { MAX_IMAGES } from "./attachments/limits";
import { COMPLAINT_PRIORITIES, COMPLAINT_STATUSES } from "./lifecycle";

export const TITLE_MAX = 150;
export const DESCRIPTION_MAX = 5000;
export const MESSAGE_MAX = 5000;
export const MAX_LINKED_ORDERS = 20;

/** true/false from JSON or a form ("true", "false", "on", "1", "0"); z.coerce.boolean would read "false" as true. */
const boolField = z.union([
  z.boolean(),
  z.enum(["true", "on", "1"]).transform(() => true),
  z.enum(["false", "off", "0", ""]).transform(() => false),
]);

/** Images the browser already sent to UploadThing (their pending-upload ids), attached in the same transaction. */
const uploadIds = z.array(z.uuid("validation.invalid")).max(MAX_IMAGES).default([]);

const orderId = z.coerce.number().int("validation.invalid").positive("validation.invalid").max(2_147_483_647, "validation.invalid");

/** A new case; the same schema for the JSON API, the multipart form and the page's form. */
export const createComplaintSchema = z.object({
  categoryId: z.string().trim().min(1).max(64),
  priority: z.enum(COMPLAINT_PRIORITIES).default("MEDIUM"),
  title: z.string().trim().min(1).max(TITLE_MAX),
  description: z.string().trim().min(1).max(DESCRIPTION_MAX),
  orderIds: z.array(orderId).max(MAX_LINKED_ORDERS).default([]),
  paymentId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => value || undefined),
  uploadIds,
});
/** Callers inside lib/ (bulk actions, seeds, tests) may leave out `uploadIds`. */
type UploadsOptional<T extends { uploadIds: string[] }> = Omit<T, "uploadIds"> & { uploadIds?: string[] };
export type CreateComplaintInput = UploadsOptional<z.infer<typeof createComplaintSchema>>;

/** PUT /api/complaints/{id}: a reply, a status change (with its note), or both. Staff may add internal notes, assign and reprioritise. */
export const updateComplaintSchema = z
  .object({
    status: z.enum(COMPLAINT_STATUSES).optional(),
    message: z
      .string()
      .trim()
      .max(MESSAGE_MAX)
      .optional()
      .transform((value) => value || undefined),
    internal: boolField.default(false),
    priority: z.enum(COMPLAINT_PRIORITIES).optional(),
    /** null (or "" from a form) = nobody. */
    assigneeId: z.preprocess((value) => (value === "" ? null : value), z.string().trim().max(64).nullable().optional()),
    uploadIds,
  })
  .refine((input) => input.status || input.message || input.priority || input.assigneeId !== undefined, {
    message: "validation.required",
    path: ["message"],
  });
export type UpdateComplaintInput = UploadsOptional<z.infer<typeof updateComplaintSchema>>;

export const listComplaintsQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(COMPLAINT_STATUSES).optional(),
});

export const categorySchema = z.object({
  name: z.string().trim().min(1).max(80),
  /** The Bengali name (empty: Bengali readers see the English one). */
  nameBn: z
    .string()
    .trim()
    .max(80)
    .transform((text) => text || null)
    .optional(),
  active: boolField.default(true),
  sortOrder: z.coerce.number().int().min(0).max(10_000).default(0),
});
