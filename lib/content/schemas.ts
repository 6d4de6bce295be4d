import { z } from "zod";
import { NUL } from "@/lib/validation/no-nul";
import { CONTENT_SLUGS } from "./slugs";

export const CONTENT_TITLE_MAX = 120;
export const CONTENT_BODY_MAX = 50_000;

// The server refuses a NUL anywhere before any schema runs (lib/http/validation.ts); the schema says so
// too, so the editor marks the field and a verb called directly refuses it the same way.
const noNul = (text: string) => !text.includes(NUL);

const title = z.string().trim().min(1, "validation.required").max(CONTENT_TITLE_MAX).refine(noNul, "validation.noNul");

const body = z.string().max(CONTENT_BODY_MAX).refine(noNul, "validation.noNul");

/**
 * One page's texts as the editor sends them, in Markdown. The English text is required (Bengali
 * readers see it while the Bengali text is empty); the Bengali text may be left empty.
 */
export const contentPageInputSchema = z.object({
  titleEn: title,
  titleBn: title,
  bodyEn: body.refine((text) => text.trim() !== "", "validation.required"),
  bodyBn: body,
});
export type ContentPageInput = z.output<typeof contentPageInputSchema>;

/** What the admin's save action takes: the page and its texts. */
export const saveContentPageSchema = contentPageInputSchema.extend({ slug: z.enum(CONTENT_SLUGS) });
