import { z } from "zod";
import { tooLightForWhiteText } from "./contrast";

const line = (max: number) => z.string().trim().max(max);
const optionalUrl = line(200).refine((text) => text === "" || /^https:\/\/[^\s<>"]+$/.test(text), "validation.httpUrl");

/**
 * #rrggbb: the panel's main colour (buttons, links); its shades are mixed from it in the CSS
 * (app/globals.css). Buttons put white text on it, so it must reach WCAG AA against white (./contrast.ts).
 */
export const brandColorSchema = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "validation.brand.color")
  .transform((text) => text.toLowerCase())
  .refine((hex) => !tooLightForWhiteText(hex), "validation.brand.tooLight");

/** What the owner writes about the panel. Logo and favicon are kept apart (uploaded, see ./brand-image.ts). */
export const brandProfileSchema = z.object({
  /** One line: it is also the e-mails' sender name and a page title. */
  name: line(60)
    .min(1, "validation.required")
    .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), "validation.brand.oneLine"),
  color: brandColorSchema,
  supportEmail: z.union([z.literal(""), z.email("validation.email").max(120)]),
  /** Shown and dialled as written, e.g. +8801712345678. */
  phone: line(20).refine((text) => text === "" || /^\+?[0-9 -]{6,20}$/.test(text), "validation.phone"),
  /** A wa.me link or a number (lib/brand/contact-links.ts turns a number into a link). */
  whatsapp: line(200),
  /** A t.me link or an @handle. */
  telegram: line(200),
  officeHoursEn: line(120),
  officeHoursBn: line(120),
  footerEn: line(300),
  footerBn: line(300),
  defaultLocale: z.enum(["en", "bn"]),
  seoTitleEn: line(70),
  seoTitleBn: line(70),
  seoDescriptionEn: line(170),
  seoDescriptionBn: line(170),
  /** Live counts the landing page may show (the owner chooses). */
  showDeliveredOrders: z.boolean(),
  showCustomers: z.boolean(),
  facebook: optionalUrl,
});
export type BrandProfile = z.output<typeof brandProfileSchema>;

export const DEFAULT_BRAND_PROFILE: BrandProfile = {
  name: "SMM Panel",
  color: "#1d4ed8",
  supportEmail: "",
  phone: "",
  whatsapp: "",
  telegram: "",
  officeHoursEn: "",
  officeHoursBn: "",
  footerEn: "",
  footerBn: "",
  defaultLocale: "en",
  seoTitleEn: "",
  seoTitleBn: "",
  seoDescriptionEn: "",
  seoDescriptionBn: "",
  showDeliveredOrders: false,
  showCustomers: false,
  facebook: "",
};

/** An uploaded brand image as stored in settings: where its bytes are and a version for cache-busting URLs. */
export const brandImageSchema = z
  .object({
    storage: z.enum(["local", "uploadthing"]),
    key: z.string().min(1).max(300),
    mime: z.enum(["image/png", "image/webp"]),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    version: z.string().min(1).max(40),
  })
  .nullable();
export type BrandImage = z.output<typeof brandImageSchema>;
