import { z } from "zod";

export const TITLE_MAX = 120;
export const BODY_MAX = 2000;

/** true/false from JSON or a form ("true", "on", …); z.coerce.boolean would read "false" as true. */
const flag = z.union([
  z.boolean(),
  z.enum(["true", "on", "1"]).transform(() => true),
  z.enum(["false", "off", "0", ""]).transform(() => false),
]);

// Plain text: line breaks are kept (shown as written), Windows line ends become \n, ends are trimmed.
// A NUL is refused before the schema by parseWith (lib/http/validation.ts), naming its field.
const title = z.string().trim().min(1).max(TITLE_MAX);
const body = z
  .string()
  .transform((text) => text.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().min(1).max(BODY_MAX));

/** What an admin writes: both languages, and whether it is important. The form and the server share it. */
export const announcementSchema = z.object({
  titleEn: title,
  titleBn: title,
  bodyEn: body,
  bodyBn: body,
  important: flag.default(false),
});
export type AnnouncementInput = z.input<typeof announcementSchema>;

const announcementId = z.coerce.number().int("validation.invalid").positive("validation.invalid").max(2_147_483_647, "validation.invalid");

/** A text edit of a published announcement (it never sends its notices again). */
export const announcementUpdateSchema = announcementSchema.extend({ id: announcementId });
export type AnnouncementUpdateInput = z.input<typeof announcementUpdateSchema>;

export const announcementArchiveSchema = z.object({ id: announcementId });
